using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>Strings and template literals: what they are named, whether they are content, and their segments.</summary>
internal sealed partial class ScriptReader
{
    private bool InTypeAlias => _typeAliasDepth >= 0 && _frames.Count >= _typeAliasDepth;

    /// <summary>
    /// The name and role of a value starting now in <paramref name="top"/>: a property's key path, an element's index
    /// path, a JSX attribute's name, an assigned variable's name, or none. A string value also makes its object or
    /// component tag a record.
    /// </summary>
    private (string? Name, ValueRole Role) ValueContext(ScriptFrame top, bool isString)
    {
        if (top.Role.Skip || InTypeAlias)
        {
            return (null, ValueRole.Skipped);
        }

        switch (top.Kind)
        {
            case ScriptFrameKind.Object when top.CurrentKey is { } key && !top.ExpectKey && top.KeyCandidate is null:
                var role = CodeValueNames.ForKey(key);
                top.HasString |= isString && !role.Skip;
                return (Join(top.Path, key), role);
            case ScriptFrameKind.Array:
                return ($"{top.Path}[{top.Index}]", top.Role);
            case ScriptFrameKind.JsxAttributeExpression:
                if (isString && !top.Role.Skip && _frames.Count >= 2 && _frames[^2].Kind == ScriptFrameKind.JsxTag)
                {
                    _frames[^2].HasString = true;
                }

                return (top.Path, top.Role);
            case ScriptFrameKind.Index:
                return (null, ValueRole.Skipped);
            case ScriptFrameKind.Root or ScriptFrameKind.Block or ScriptFrameKind.Paren when _assignName is not null && _assignDepth == _frames.Count:
                var last = _assignName.LastIndexOf('.');
                return (_assignName.Length == 0 ? null : _assignName, CodeValueNames.ForKey(_assignName[(last + 1)..]));
            default:
                return (null, ValueRole.Content);
        }
    }

    private static string Join(string? path, string key) => string.IsNullOrEmpty(path) ? key : $"{path}.{key}";

    private void ReadString(int start, char quote)
    {
        var i = start + 1;
        while (i < _end && _text[i] != quote && !(_text[i] is '\n' or '\r'))
        {
            i += _text[i] == '\\' && i + 1 < _end ? 2 : 1;
        }

        var contentEnd = Math.Min(i, _end);
        _pos = i < _end && _text[i] == quote ? i + 1 : contentEnd; // unterminated: ends at the line break
        var top = Top;
        if (top.Kind == ScriptFrameKind.Object && top.ExpectKey)
        {
            top.KeyCandidate = _text[(start + 1)..contentEnd]; // `"name": …`
            top.ExpectKey = false;
        }
        else if (!IsModuleOrDirective(start + 1, contentEnd))
        {
            var (name, role) = ValueContext(top, isString: true);
            if (!role.Skip)
            {
                AddString(start + 1, contentEnd, role.Kind, name);
            }
        }

        SetPrev(ScriptToken.Value, start);
    }

    /// <summary>
    /// Module specifiers (<c>import … from "x"</c>, <c>import("x")</c>, <c>require("x")</c>, <c>declare module "x"</c>) and
    /// directive prologues (<c>"use client"</c>) name code, never content.
    /// </summary>
    private bool IsModuleOrDirective(int contentStart, int contentEnd)
    {
        if (_prevIsIdentifier && (PrevIs("from") || PrevIs("import") || PrevIs("module")))
        {
            return true;
        }

        if (Top.IsModuleCall && _prev == ScriptToken.Operator && PrevIs("("))
        {
            return true;
        }

        var statementStart = _prev == ScriptToken.None || (_prev == ScriptToken.Operator && PrevIs(";"))
            || (_prev == ScriptToken.Operator && PrevIs("{") && Top.Kind == ScriptFrameKind.Block);
        return statementStart && _text.AsSpan(contentStart, contentEnd - contentStart).StartsWith("use ", StringComparison.Ordinal);
    }

    private void AddString(int start, int end, RegionKind kind, string? name)
    {
        if (_text.AsSpan(start, end - start).IsWhiteSpace())
        {
            return;
        }

        var builder = SegmentBuilder.Scratch;
        ScriptStringText.Append(builder, _text, start, end);
        _segments.Add(builder.Build(kind, name));
    }

    private void OpenTemplate(int start)
    {
        var tagged = _prevIsIdentifier && _chainStart >= 0 && IsCodeTemplateTag(_chainStart, _prevEnd);
        var (name, role) = ValueContext(Top, isString: !tagged);
        _pos++;
        if (_frames.Count >= MaxFrames)
        {
            // Too deep to keep: skip to the closing backtick, whatever its expressions hold.
            var close = _text.AsSpan(_pos, _end - _pos).IndexOf('`');
            _pos = close < 0 ? _end : _pos + close + 1;
            SetPrev(ScriptToken.Value, start);
            return;
        }

        _frames.Add(new ScriptFrame(ScriptFrameKind.Template, start, name, tagged ? ValueRole.Skipped : role));
    }

    /// <summary><c>css`…`</c>, <c>styled.div`…`</c>: the tag's first name decides.</summary>
    private bool IsCodeTemplateTag(int chainStart, int chainEnd)
    {
        var chain = _text.AsSpan(chainStart, chainEnd - chainStart);
        var dot = chain.IndexOf('.');
        return CodeValueNames.IsCodeTemplateTag(dot < 0 ? chain : chain[..dot].Trim());
    }

    /// <summary>Reads template text up to the closing backtick or the next <c>${</c>; the text is a segment of its own.</summary>
    private void ReadTemplateText(ScriptFrame frame)
    {
        var start = _pos;
        var i = start;
        while (i < _end && _text[i] != '`' && !(_text[i] == '$' && i + 1 < _end && _text[i + 1] == '{'))
        {
            i += _text[i] == '\\' ? 2 : 1;
        }

        i = Math.Min(i, _end);
        if (!frame.Role.Skip)
        {
            AddString(start, i, frame.Role.Kind, frame.Path);
        }

        if (i >= _end)
        {
            _pos = _end;
        }
        else if (_text[i] == '`')
        {
            _pos = i + 1;
            _frames.RemoveAt(_frames.Count - 1);
            SetPrev(ScriptToken.Value, frame.Start);
        }
        else
        {
            _pos = i + 2;
            _frames.Add(new ScriptFrame(ScriptFrameKind.TemplateExpression, i, null, frame.Role.Skip ? ValueRole.Skipped : ValueRole.Content));
            SetPrev(ScriptToken.Operator, i);
        }
    }
}
