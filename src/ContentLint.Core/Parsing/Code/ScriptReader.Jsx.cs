using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// JSX: elements, fragments, attributes and children. Text between tags is joined across inline HTML elements into
/// one <see cref="RegionKind.HtmlText"/> run, as a browser lays it out; block elements, components and <c>{…}</c> end a run.
/// </summary>
internal sealed partial class ScriptReader
{
    /// <summary>A <c>&lt;</c> followed by a name or <c>&gt;</c> (a fragment) starts an element.</summary>
    private bool IsJsxTagStart(int at) => at < _end && (char.IsLetter(_text[at]) || _text[at] is '_' or '$' or '>');

    private void OpenJsxElement(int start)
    {
        var skip = Top.Role.Skip || InTypeAlias;
        var role = skip ? ValueRole.Skipped : ValueRole.Content;
        var nameStart = start + 1;
        _pos = nameStart;
        while (_pos < _end && ScriptSyntax.IsJsxNamePart(_text[_pos]))
        {
            _pos++;
        }

        var name = _text[nameStart.._pos];
        if (name.Length == 0)
        {
            _pos++; // the fragment's '>'
            _frames.Add(new ScriptFrame(ScriptFrameKind.JsxChildren, start, null, role));
            return;
        }

        var component = CodeValueNames.IsComponent(name, kebabIsComponent: false);
        if (BreaksText(name, component))
        {
            EndJsxRun();
        }

        _frames.Add(new ScriptFrame(ScriptFrameKind.JsxTag, start, name, role) { Element = name, IsComponent = component, Keys = [] });
    }

    private static bool BreaksText(string element, bool component) =>
        component || HtmlTextFlow.Breaks(element.ToLowerInvariant());

    /// <summary>Reads one attribute, spread or comment of a start tag, or its end.</summary>
    private void ReadJsxTag(ScriptFrame tag)
    {
        SkipTrivia();
        if (_pos >= _end)
        {
            return;
        }

        var c = _text[_pos];
        if (c == '/' && _pos + 1 < _end && _text[_pos + 1] == '>')
        {
            _pos += 2;
            EndStartTag(tag, selfClosing: true);
        }
        else if (c == '>')
        {
            _pos++;
            EndStartTag(tag, selfClosing: false);
        }
        else if (c == '{')
        {
            _frames.Add(new ScriptFrame(ScriptFrameKind.JsxAttributeExpression, _pos, null, tag.Role));
            _pos++;
            SetPrev(ScriptToken.Operator, _pos - 1);
        }
        else if (char.IsLetter(c) || c is '_' or '$')
        {
            ReadJsxAttribute(tag);
        }
        else
        {
            // Not JSX after all (`<T,>(x) => …` in TSX, `a <b` misread): read the rest as code.
            _frames.RemoveAt(_frames.Count - 1);
            SetPrev(ScriptToken.Operator, _pos);
        }
    }

    private void ReadJsxAttribute(ScriptFrame tag)
    {
        var nameStart = _pos;
        while (_pos < _end && ScriptSyntax.IsJsxNamePart(_text[_pos]))
        {
            _pos++;
        }

        var name = _text[nameStart.._pos];
        tag.Keys!.Add(name);
        SkipTrivia();
        if (_pos >= _end || _text[_pos] != '=')
        {
            return;
        }

        _pos++;
        SkipTrivia();
        if (_pos >= _end)
        {
            return;
        }

        var role = tag.Role.Skip ? ValueRole.Skipped : CodeValueNames.ForAttribute(tag.Element, name, tag.IsComponent);
        var c = _text[_pos];
        if (c is '"' or '\'')
        {
            // JSX attribute strings have no backslash escapes; character references are decoded as in HTML.
            var close = _text.AsSpan(_pos + 1, _end - _pos - 1).IndexOf(c);
            var valueEnd = close < 0 ? _end : _pos + 1 + close;
            if (!role.Skip)
            {
                tag.HasString = true;
                AddAttributeValue(_pos + 1, valueEnd, role.Kind, name);
            }

            _pos = close < 0 ? _end : valueEnd + 1;
        }
        else if (c == '{')
        {
            _frames.Add(new ScriptFrame(ScriptFrameKind.JsxAttributeExpression, _pos, name, role));
            _pos++;
            SetPrev(ScriptToken.Operator, _pos - 1);
        }
        else if (c == '<' && IsJsxTagStart(_pos + 1))
        {
            OpenJsxElement(_pos);
        }
    }

    private void AddAttributeValue(int start, int end, RegionKind kind, string name)
    {
        if (_text.AsSpan(start, end - start).IsWhiteSpace())
        {
            return;
        }

        var decoded = System.Net.WebUtility.HtmlDecode(_text[start..end]);
        _segments.Add(SegmentBuilder.Scratch.AppendAligned(_text, start, end, decoded).Build(kind, name));
    }

    private void EndStartTag(ScriptFrame tag, bool selfClosing)
    {
        if (tag.IsComponent && tag.HasString)
        {
            _records.Add(new DataRecord(tag.Start, _pos, tag.Element, tag.Keys ?? [], null));
        }

        if (selfClosing)
        {
            _frames.RemoveAt(_frames.Count - 1);
            EndElement(tag);
        }
        else
        {
            tag.Kind = ScriptFrameKind.JsxChildren;
        }
    }

    /// <summary>Reads the children's text up to the next tag or <c>{</c>, and what starts there.</summary>
    private void ReadJsxChildren(ScriptFrame element)
    {
        var next = _text.AsSpan(_pos, _end - _pos).IndexOfAny('<', '{');
        var stop = next < 0 ? _end : _pos + next;
        if (stop > _pos && !element.Role.Skip)
        {
            _jsxRun.Append(_text, _pos, stop, element.Element);
        }

        _pos = stop;
        if (stop >= _end)
        {
            return;
        }

        if (IsJsxSpace(stop))
        {
            // `{" "}` is how JSX writes a space between words: the run goes on across it.
            if (!element.Role.Skip)
            {
                _jsxRun.Append(_text, stop + 2, stop + 3, element.Element);
            }

            _pos = stop + 5;
        }
        else if (_text[stop] == '{')
        {
            EndJsxRun();
            _frames.Add(new ScriptFrame(ScriptFrameKind.JsxChildExpression, stop, null, element.Role));
            _pos = stop + 1;
            SetPrev(ScriptToken.Operator, stop);
        }
        else if (stop + 1 < _end && _text[stop + 1] == '/')
        {
            var close = _text.AsSpan(stop, _end - stop).IndexOf('>');
            _pos = close < 0 ? _end : stop + close + 1;
            _frames.RemoveAt(_frames.Count - 1);
            EndElement(element);
        }
        else if (IsJsxTagStart(stop + 1) && _frames.Count < MaxFrames)
        {
            OpenJsxElement(stop);
        }
        else
        {
            if (!element.Role.Skip)
            {
                _jsxRun.Append(_text, stop, stop + 1, element.Element);
            }

            _pos = stop + 1;
        }
    }

    private bool IsJsxSpace(int at) =>
        at + 4 < _end && _text[at] == '{' && _text[at + 1] is '"' or '\'' && _text[at + 2] == ' '
        && _text[at + 3] == _text[at + 1] && _text[at + 4] == '}';

    /// <summary>An element ended: inside another element its text run may go on; in code, the element was a value.</summary>
    private void EndElement(ScriptFrame element)
    {
        if (Top.Kind == ScriptFrameKind.JsxChildren)
        {
            if (element.Element.Length > 0 && BreaksText(element.Element, element.IsComponent))
            {
                EndJsxRun();
            }

            return;
        }

        EndJsxRun();
        SetPrev(ScriptToken.Value, element.Start);
    }

    private void EndJsxRun()
    {
        if (_jsxRun.Take() is { } segment)
        {
            _segments.Add(segment);
        }
    }
}
