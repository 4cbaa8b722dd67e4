using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// Walks a component's markup before the HTML reader does: reads its scripts and template expressions with the
/// script reader, blanks them out of a copy of the file (offsets kept), and reads the literal props of component tags,
/// which the HTML reader would not show.
/// </summary>
internal sealed class ComponentMarkupReader
{
    private readonly string _text;
    private readonly char[] _blank;
    private readonly ComponentDialect _dialect;
    private readonly ScriptDialect _expressionDialect;
    private readonly List<Segment> _segments;
    private readonly List<DataRecord> _records;
    private readonly List<(int Start, int End, RegionKind Kind, string Name)> _props = [];

    private ComponentMarkupReader(string text, ComponentDialect dialect, List<Segment> segments, List<DataRecord> records)
    {
        _text = text;
        _blank = text.ToCharArray();
        _dialect = dialect;
        // Astro expressions hold JSX; Vue and Svelte expressions never do, where `a < b` must stay a comparison.
        _expressionDialect = dialect == ComponentDialect.Astro ? ScriptDialect.TypeScriptJsx : ScriptDialect.TypeScript;
        _segments = segments;
        _records = records;
    }

    public static string? Read(string text, ComponentDialect dialect, List<Segment> segments, List<DataRecord> records)
    {
        var reader = new ComponentMarkupReader(text, dialect, segments, records);
        var start = dialect == ComponentDialect.Astro ? reader.ReadFence() : 0;
        reader.Scan(start);
        var blanked = new string(reader._blank);
        var refusal = BlankedMarkup.Extract(blanked, segments);
        reader.AddProps(blanked);
        return refusal;
    }

    /// <summary>The <c>---</c> fence at the top of an Astro file is TypeScript; returns where the markup starts.</summary>
    private int ReadFence()
    {
        var i = 0;
        while (i < _text.Length && (char.IsWhiteSpace(_text[i]) || _text[i] == '\uFEFF'))
        {
            i++;
        }

        if (!_text.AsSpan(i).StartsWith("---", StringComparison.Ordinal))
        {
            return 0;
        }

        var lineEnd = _text.IndexOf('\n', i);
        var codeStart = lineEnd < 0 ? _text.Length : lineEnd + 1;
        var close = codeStart >= _text.Length ? -1 : FenceClose(codeStart);
        var codeEnd = close < 0 ? _text.Length : close;
        ScriptSegmentExtractor.Extract(_text, codeStart, codeEnd, ScriptDialect.TypeScript, _segments, _records);
        var closeLineEnd = close < 0 ? -1 : _text.IndexOf('\n', close);
        var markupStart = close < 0 ? _text.Length : closeLineEnd < 0 ? _text.Length : closeLineEnd + 1;
        BlankedMarkup.Blank(_blank, 0, markupStart);
        return markupStart;
    }

    /// <summary>The offset of the closing <c>---</c> line, or -1.</summary>
    private int FenceClose(int from)
    {
        for (var i = from; i < _text.Length; i = _text.IndexOf('\n', i) is var n && n < 0 ? _text.Length : n + 1)
        {
            if (_text.AsSpan(i).StartsWith("---", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void Scan(int start)
    {
        var end = _text.Length;
        var i = start;
        while (i < end)
        {
            var next = _text.AsSpan(i).IndexOfAny('<', '{');
            if (next < 0)
            {
                return;
            }

            i += next;
            if (_text[i] == '<')
            {
                i = _text.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal) ? SkipComment(i)
                    : i + 1 < end && char.IsAsciiLetter(_text[i + 1]) ? ReadTag(i)
                    : i + 1;
            }
            else if (_dialect != ComponentDialect.Vue)
            {
                i = ReadTextExpression(i);
            }
            else if (i + 1 < end && _text[i + 1] == '{')
            {
                // Vue finds `}}` as text, without parsing what lies between.
                var close = _text.IndexOf("}}", i + 2, StringComparison.Ordinal);
                var exprEnd = close < 0 ? end : close;
                ScriptReader.ReadExpression(_text, i + 2, exprEnd, _expressionDialect, null, ValueRole.Content, _segments, _records);
                BlankedMarkup.Blank(_blank, i, close < 0 ? end : close + 2);
                i = close < 0 ? end : close + 2;
            }
            else
            {
                i++;
            }
        }
    }

    private int SkipComment(int at)
    {
        var close = _text.IndexOf("-->", at + 4, StringComparison.Ordinal);
        return close < 0 ? _text.Length : close + 3;
    }

    /// <summary>
    /// A <c>{…}</c> in Svelte or Astro text. Svelte's block tags (<c>{#if}</c>, <c>{:else}</c>, <c>{/each}</c>,
    /// <c>{@const}</c>) hold conditions, not text; <c>{@html …}</c> does hold text.
    /// </summary>
    private int ReadTextExpression(int open)
    {
        var i = open + 1;
        while (i < _text.Length && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        var svelteTag = _dialect == ComponentDialect.Svelte && i < _text.Length ? _text[i] : ' ';
        int end;
        if (svelteTag is ':' or '/')
        {
            // `{:else}`, `{/if}`: a keyword, nothing to read (and a '/' must not start a regex).
            var close = _text.IndexOf('}', i);
            end = close < 0 ? _text.Length : close + 1;
        }
        else
        {
            var blockTag = svelteTag is '#' or '@' && !_text.AsSpan(i).StartsWith("@html", StringComparison.Ordinal);
            var role = blockTag ? ValueRole.Skipped : ValueRole.Content;
            end = ScriptReader.ReadBraced(_text, open, _text.Length, _expressionDialect, null, role, _segments, _records);
        }

        BlankedMarkup.Blank(_blank, open, end);
        return end;
    }

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
