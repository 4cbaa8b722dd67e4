using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// MDX (docs/data-and-code.md, "MDX"): Markdown whose top-level <c>import</c>/<c>export</c> lines are JavaScript,
/// whose <c>{ … }</c> are JSX expressions and whose capitalized tags are components. The JavaScript and the literal
/// props of components are read like a component's; what is left, with them blanked (offsets kept), is the Markdown.
/// Fenced code blocks and inline code are Markdown's, read by the Markdown reader as they are.
/// </summary>
internal sealed partial class ComponentMarkupReader
{
    /// <summary>Which <c>{</c> of the file have a matching <c>}</c> (see <see cref="ClosesBrace"/>); null until asked.</summary>
    private bool[]? _closedBraces;

    /// <summary>
    /// Reads the JavaScript and component props of the MDX <paramref name="text"/> from <paramref name="start"/> (after
    /// front matter) into <paramref name="segments"/> and <paramref name="records"/>; returns the text with the
    /// JavaScript blanked, for the Markdown reader.
    /// </summary>
    public static string ReadMdx(string text, int start, List<Segment> segments, List<DataRecord> records)
    {
        var reader = new ComponentMarkupReader(text, ComponentDialect.Mdx, segments, records);
        reader.ScanMdx(start);
        var blanked = new string(reader._blank);
        reader.AddProps(blanked);
        return blanked;
    }

    private void ScanMdx(int start)
    {
        var lineStart = start;
        var markdownStart = start;
        string? fence = null;
        var previousBlank = true;
        while (lineStart < _text.Length)
        {
            var lineEnd = _text.IndexOf('\n', lineStart) is var newline and >= 0 ? newline + 1 : _text.Length;
            var line = _text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd("\r\n");
            var trimmed = line.TrimStart(' ');
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.TrimEnd(" \t").Trim(fence[0]).IsEmpty)
                {
                    fence = null;
                    markdownStart = lineEnd;
                }
            }
            else if (line.Length - trimmed.Length < 4 && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                Scan(markdownStart, lineStart);
                fence = trimmed[..FenceLength(trimmed)].ToString();
            }
            else if (IsEsmLine(line) && (lineStart == start || previousBlank))
            {
                // An import/export block runs to the next blank line, as MDX reads it.
                Scan(markdownStart, lineStart);
                var blockEnd = lineEnd;
                while (blockEnd < _text.Length && _text.IndexOf('\n', blockEnd) is var n && !_text.AsSpan(blockEnd, (n < 0 ? _text.Length : n) - blockEnd).IsWhiteSpace())
                {
                    blockEnd = n < 0 ? _text.Length : n + 1;
                }

                ScriptSegmentExtractor.Extract(_text, lineStart, blockEnd, ScriptDialect.TypeScriptJsx, _segments, _records);
                BlankedMarkup.Blank(_blank, lineStart, blockEnd);
                markdownStart = blockEnd;
                lineEnd = blockEnd;
            }

            previousBlank = line.IsWhiteSpace();
            lineStart = lineEnd;
        }

        if (fence is null)
        {
            Scan(markdownStart, _text.Length);
        }
    }

    /// <summary><c>import X from "…"</c> or <c>export const …</c> at the start of a line that starts a block (after a blank line), outside code.</summary>
    private static bool IsEsmLine(ReadOnlySpan<char> line) =>
        (line.StartsWith("import ", StringComparison.Ordinal) || line.StartsWith("import{", StringComparison.Ordinal)
            || line.StartsWith("export ", StringComparison.Ordinal) || line.StartsWith("export{", StringComparison.Ordinal));

    private static int FenceLength(ReadOnlySpan<char> line)
    {
        var length = 0;
        while (length < line.Length && line[length] == line[0])
        {
            length++;
        }

        return length;
    }

    /// <summary>
    /// True when the <c>{</c> at <paramref name="open"/> has a matching <c>}</c>, counting braces only (strings in an
    /// expression rarely hold one). Every brace of the file is matched once, with a stack, the first time one is asked.
    /// </summary>
    private bool ClosesBrace(int open)
    {
        if (_closedBraces is null)
        {
            _closedBraces = new bool[_text.Length];
            var opened = new Stack<int>();
            for (var i = 0; i < _text.Length; i++)
            {
                if (_text[i] == '{')
                {
                    opened.Push(i);
                }
                else if (_text[i] == '}' && opened.Count > 0)
                {
                    _closedBraces[opened.Pop()] = true;
                }
            }
        }

        return _closedBraces[open];
    }

    /// <summary>Longer than any inline code span: the search for a closing run stops here, so unclosed runs cost no more than this each.</summary>
    private const int MaxCodeSpanLength = 4096;

    /// <summary>Past the inline code span opening at <paramref name="open"/> (a run of backticks closed by as many), or past the run alone.</summary>
    private int SkipCodeSpan(int open, int end)
    {
        end = Math.Min(end, open + MaxCodeSpanLength);
        var run = open;
        while (run < end && _text[run] == '`')
        {
            run++;
        }

        var ticks = run - open;
        var i = run;
        while (i < end && _text.IndexOf('`', i, end - i) is var close and >= 0)
        {
            var closeEnd = close;
            while (closeEnd < end && _text[closeEnd] == '`')
            {
                closeEnd++;
            }

            if (closeEnd - close == ticks)
            {
                return closeEnd;
            }

            i = closeEnd;
        }

        return run;
    }
}
