using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>Start tags: attributes, Vue bindings, Svelte and Astro attribute expressions, component props, script bodies.</summary>
internal sealed partial class ComponentMarkupReader
{
    private int ReadTag(int open)
    {
        var tag = new ComponentTag(_text, open);
        var i = tag.NameEnd;
        var component = CodeValueNames.IsComponent(tag.Name, kebabIsComponent: _dialect == ComponentDialect.Vue);
        var keys = new List<string>();
        var hasString = false;
        string? lang = null;
        while (i < _text.Length)
        {
            while (i < _text.Length && char.IsWhiteSpace(_text[i]))
            {
                i++;
            }

            if (i >= _text.Length)
            {
                break;
            }

            var c = _text[i];
            if (c == '>' || (c == '/' && i + 1 < _text.Length && _text[i + 1] == '>'))
            {
                tag.SelfClosing = c == '/';
                i += c == '/' ? 2 : 1;
                break;
            }

            if (c == '{' && _dialect != ComponentDialect.Vue)
            {
                // A spread or shorthand: `{...props}`, `{src}`.
                var end = ScriptReader.ReadBraced(_text, i, _text.Length, _expressionDialect, null, ValueRole.Content, _segments, _records);
                BlankedMarkup.Blank(_blank, i, end);
                i = end;
                continue;
            }

            var attribute = ReadAttribute(tag, component, ref i);
            if (attribute.Name.Length == 0)
            {
                i++;
                continue;
            }

            keys.Add(attribute.Name);
            hasString |= attribute.HasString;
            if (attribute.Name.Equals("lang", StringComparison.OrdinalIgnoreCase) && attribute.ValueEnd > attribute.ValueStart)
            {
                lang = _text[attribute.ValueStart..attribute.ValueEnd];
            }
        }

        if (component && hasString)
        {
            _records.Add(new DataRecord(open, i, tag.Name, keys, null));
        }

        var lower = tag.Name.ToLowerInvariant();
        return lower is "script" or "style" && !tag.SelfClosing ? ReadRawText(lower, i, lang) : i;
    }

    /// <summary>A script's body goes to the script reader (TypeScript with <c>lang="ts"</c>, and always in Astro); a style's is left to the HTML reader.</summary>
    private int ReadRawText(string element, int bodyStart, string? lang)
    {
        var close = _text.IndexOf("</" + element, bodyStart, StringComparison.OrdinalIgnoreCase);
        var bodyEnd = close < 0 ? _text.Length : close;
        if (element == "script")
        {
            var dialect = lang?.ToLowerInvariant() switch
            {
                "ts" or "typescript" => ScriptDialect.TypeScript,
                "tsx" => ScriptDialect.TypeScriptJsx,
                _ => _dialect == ComponentDialect.Astro ? ScriptDialect.TypeScript : ScriptDialect.JavaScript,
            };
            ScriptSegmentExtractor.Extract(_text, bodyStart, bodyEnd, dialect, _segments, _records);
            BlankedMarkup.Blank(_blank, bodyStart, bodyEnd);
        }

        return bodyEnd;
    }

    private ComponentAttribute ReadAttribute(ComponentTag tag, bool component, ref int i)
    {
        var nameStart = i;
        while (i < _text.Length && !char.IsWhiteSpace(_text[i]) && _text[i] is not ('=' or '>' or '{')
               && !(_text[i] == '/' && i + 1 < _text.Length && _text[i + 1] == '>'))
        {
            i++;
        }

        var written = _text[nameStart..i];
        var bound = BoundName(written);
        var name = bound ?? written;
        var j = i;
        while (j < _text.Length && char.IsWhiteSpace(_text[j]))
        {
            j++;
        }

        if (j >= _text.Length || _text[j] != '=')
        {
            return new ComponentAttribute(name, 0, 0, false);
        }

        j++;
        while (j < _text.Length && char.IsWhiteSpace(_text[j]))
        {
            j++;
        }

        var role = CodeValueNames.ForAttribute(tag.Name, name, component);
        if (j < _text.Length && _text[j] == '{' && _dialect != ComponentDialect.Vue)
        {
            var end = ScriptReader.ReadBraced(_text, j, _text.Length, _expressionDialect, name, role, _segments, _records);
            // Kept as an empty quoted value, so the HTML reader still sees one attribute where it stands.
            BlankedMarkup.Blank(_blank, j, end);
            _blank[j] = '"';
            _blank[Math.Max(j, end - 1)] = '"';
            i = end;
            return new ComponentAttribute(name, 0, 0, false);
        }

        var (valueStart, valueEnd, next) = ReadValue(j, name, role);
        i = next;
        if (_dialect == ComponentDialect.Vue && IsDirective(written))
        {
            // Bound values are code: `:alt="'Photo'"` names its strings by the prop; events and conditions hold none.
            if (bound is not null || written is "v-html" or "v-text")
            {
                ScriptReader.ReadExpression(_text, valueStart, valueEnd, _expressionDialect, bound, bound is null ? ValueRole.Content : role, _segments, _records);
            }

            return new ComponentAttribute(name, valueStart, valueEnd, false);
        }

        // The HTML reader shows the attributes HTML knows; a component's other literal props are shown here.
        var shownByHtml = HtmlAttributeKinds.Classify(tag.Name.ToLowerInvariant(), name.ToLowerInvariant()) is not null;
        if (component && !role.Skip && !shownByHtml)
        {
            _props.Add((valueStart, valueEnd, role.Kind, name));
        }

        return new ComponentAttribute(name, valueStart, valueEnd, component && !role.Skip);
    }

    /// <summary>A quoted or unquoted value: its range and the offset past it. Svelte's quoted values hold <c>{…}</c> expressions.</summary>
    private (int Start, int End, int Next) ReadValue(int at, string name, ValueRole role)
    {
        var quote = at < _text.Length ? _text[at] : ' ';
        if (quote is not ('"' or '\''))
        {
            var k = at;
            while (k < _text.Length && !char.IsWhiteSpace(_text[k]) && _text[k] != '>')
            {
                k++;
            }

            return (at, k, k);
        }

        var i = at + 1;
        while (i < _text.Length && _text[i] != quote)
        {
            if (_text[i] == '{' && _dialect == ComponentDialect.Svelte)
            {
                var end = ScriptReader.ReadBraced(_text, i, _text.Length, _expressionDialect, name, role, _segments, _records);
                BlankedMarkup.Blank(_blank, i, end);
                i = end;
            }
            else
            {
                i++;
            }
        }

        var valueEnd = Math.Min(i, _text.Length);
        return (at + 1, valueEnd, Math.Min(valueEnd + 1, _text.Length));
    }

    /// <summary>The prop a Vue binding sets (<c>:alt</c>, <c>v-bind:alt</c>), or null.</summary>
    private string? BoundName(string written)
    {
        if (_dialect != ComponentDialect.Vue)
        {
            return null;
        }

        return written.StartsWith(':') ? written[1..] : written.StartsWith("v-bind:", StringComparison.Ordinal) ? written[7..] : null;
    }

    private static bool IsDirective(string written) => written.Length > 0 && (written[0] is ':' or '@' or '#' || written.StartsWith("v-", StringComparison.Ordinal));

    /// <summary>Component props, read from the blanked copy, so a Svelte expression inside a quoted value is not part of them.</summary>
    private void AddProps(string blanked)
    {
        foreach (var (start, end, kind, name) in _props)
        {
            if (end <= start || blanked.AsSpan(start, end - start).IsWhiteSpace())
            {
                continue;
            }

            var decoded = System.Net.WebUtility.HtmlDecode(blanked[start..end]);
            _segments.Add(SegmentBuilder.Scratch.AppendAligned(blanked, start, end, decoded).Build(kind, name));
        }
    }
}
