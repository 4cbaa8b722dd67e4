using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// Walks a component's markup before the HTML reader does: reads its scripts and template expressions with the
/// script reader, blanks them out of a copy of the file (offsets kept), and reads the literal props of component tags,
/// which the HTML reader would not show.
/// </summary>
internal sealed partial class ComponentMarkupReader
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
        // Astro and MDX expressions hold JSX; Vue and Svelte expressions never do, where `a < b` must stay a comparison.
        _expressionDialect = dialect is ComponentDialect.Astro or ComponentDialect.Mdx ? ScriptDialect.TypeScriptJsx : ScriptDialect.TypeScript;
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

    private void Scan(int start) => Scan(start, _text.Length);

    /// <summary>Reads tags and expressions that start in [<paramref name="start"/>, <paramref name="end"/>); a tag may run past the end.</summary>
    private void Scan(int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var next = _dialect == ComponentDialect.Mdx ? _text.AsSpan(i, end - i).IndexOfAny('<', '{', '`') : _text.AsSpan(i, end - i).IndexOfAny('<', '{');
            if (next < 0)
            {
                return;
            }

            i += next;
            if (_text[i] == '`')
            {
                i = SkipCodeSpan(i, end); // Markdown's inline code: `{braces}` and `<tags>` there are literal
            }
            else if (_text[i] == '<')
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
            if (_dialect == ComponentDialect.Mdx && !ClosesBrace(open))
            {
                return open + 1; // MDX refuses an unclosed `{`; what follows is still the page's text, not code
            }

            var (segmentCount, recordCount) = (_segments.Count, _records.Count);
            end = ScriptReader.ReadBraced(_text, open, _text.Length, _expressionDialect, null, role, _segments, _records);
            if (_dialect == ComponentDialect.Mdx && (end >= _text.Length && _text[^1] != '}'))
            {
                // Read as code, it never closed (a `}` in inline code fooled the brace count): it was text after all.
                _segments.RemoveRange(segmentCount, _segments.Count - segmentCount);
                _records.RemoveRange(recordCount, _records.Count - recordCount);
                return open + 1;
            }
        }

        BlankedMarkup.Blank(_blank, open, end);
        return end;
    }
}
