namespace ContentLint.Core.Parsing;

/// <summary>
/// Markdig spends super-linear time on some shapes of Markdown long before its own nesting limit throws: containers
/// nested thousands deep, many link destinations left open (each scans on to the end of the paragraph), many
/// emphasis marks or footnote references in one paragraph (quadratic in their number), long runs of link reference
/// definitions (each copies the rest of the paragraph), and tables of hundreds of thousands of cells cost hundreds of
/// megabytes. One linear pass estimates each cost, so that such pages go
/// to the plain-text fallback before Markdig sees them. The limits are far above what pages written by people have,
/// and hold as they are up to 1 MB (see <see cref="ParserGuards.Limit"/>).
/// </summary>
internal static class MarkdownNestingGuard
{
    /// <summary>Quotes and list items nested on one line; Markdig's own block limit is 128.</summary>
    public const int MaxBlockDepth = 100;

    /// <summary>Σ over paragraphs of (emphasis runs, extras included + footnote references + unclosed '[')², about 0.2 s of Markdig's time.</summary>
    public const long MaxInlineWork = 1L << 22;

    /// <summary>Σ over paragraphs of (unclosed link destinations × paragraph length), about 0.1 s.</summary>
    public const long MaxLinkWork = 1L << 24;

    /// <summary>Σ over paragraphs of (lines starting with '[' × lines), about 0.1 s.</summary>
    public const long MaxDefinitionWork = 1L << 24;

    /// <summary>'|' anywhere: each table cell costs Markdig about 1 KB, so 1 MB of "|x|y|" rows took 300 MB.</summary>
    public const int MaxTableCells = 100_000;

    /// <summary>
    /// Lines with text: each is a block (or a table row, a definition) that costs Markdig, the
    /// segments and every detector about 10 µs; a 1 MB page written by people has some 20,000.
    /// </summary>
    public const int MaxLines = 100_000;

    /// <summary>Null when Markdig can parse <paramref name="markdown"/> in linear time, else why not (never quoting it).</summary>
    public static string? Check(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lists = new Stack<int>(); // content columns of the list items open at the current line
        var paragraph = new ParagraphCost();
        var work = new ParagraphCost.Totals();
        var cells = 0;
        var lines = 0;
        var limits = new ParagraphCost.Totals
        {
            Inline = ParserGuards.Limit(MaxInlineWork, markdown.Length),
            Links = ParserGuards.Limit(MaxLinkWork, markdown.Length),
            Definitions = ParserGuards.Limit(MaxDefinitionWork, markdown.Length),
        };
        var (maxCells, maxLines) = (ParserGuards.Limit(MaxTableCells, markdown.Length), ParserGuards.Limit(MaxLines, markdown.Length));
        for (var lineStart = 0; lineStart < markdown.Length;)
        {
            var lineEnd = markdown.AsSpan(lineStart).IndexOfAny('\r', '\n') is var e and >= 0 ? lineStart + e : markdown.Length;
            var line = markdown.AsSpan(lineStart, lineEnd - lineStart);
            lineStart = lineEnd + (lineEnd + 1 < markdown.Length && markdown[lineEnd] == '\r' && markdown[lineEnd + 1] == '\n' ? 2 : 1);
            if (line.IsWhiteSpace())
            {
                paragraph.End(ref work);
                continue;
            }

            var (depth, content, newItem) = BlockDepth(line, lists);
            if (depth > MaxBlockDepth)
            {
                return ParserGuards.TooDeep;
            }

            // Code fences are counted like the rest: a line the guard took for a fence that Markdig does not (inside
            // an HTML block, say) would hide what follows from the guard, and code rarely comes near these limits.
            var text = line[content..];
            cells += text.Count('|');
            if (cells > maxCells)
            {
                return "too many table cells";
            }

            if (++lines > maxLines)
            {
                return "too many lines";
            }

            // A list item's text and a heading are paragraphs of their own to Markdig's inline parsers.
            var heading = IsHeading(text);
            if (newItem || heading)
            {
                paragraph.End(ref work);
            }

            paragraph.AddLine(text);
            if (heading)
            {
                paragraph.End(ref work);
            }

            if (TooCostly(work, paragraph, limits))
            {
                return TooManyMarks;
            }
        }

        return TooCostly(work, paragraph, limits) ? TooManyMarks : null;
    }

    private const string TooManyMarks = "too many links, emphasis marks or references in one paragraph";

    /// <summary>The work of the paragraphs ended so far and of the one under way is over a limit.</summary>
    private static bool TooCostly(ParagraphCost.Totals ended, ParagraphCost current, ParagraphCost.Totals limits) =>
        ended.Inline + current.InlineWork > limits.Inline
        || ended.Links + current.LinkWork > limits.Links
        || ended.Definitions + current.DefinitionWork > limits.Definitions;

    /// <summary>
    /// How deep the line's containers nest (list items still open by indentation, then the quotes and list markers
    /// that start it), where its content starts, and whether it starts a list item. An estimate on the safe side:
    /// it does not count less than Markdig.
    /// </summary>
    private static (int Depth, int Content, bool NewItem) BlockDepth(ReadOnlySpan<char> line, Stack<int> lists)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t')
        {
            indent++;
        }

        while (lists.Count > 0 && lists.Peek() > indent)
        {
            lists.Pop();
        }

        var depth = lists.Count;
        var newItem = false;
        var i = indent;
        while (i < line.Length && depth <= MaxBlockDepth)
        {
            if (line[i] == '>')
            {
                depth++;
                i++;
            }
            else if (ListMarkerLength(line[i..]) is var marker and > 0)
            {
                depth++;
                i += marker;
                lists.Push(i);
                newItem = true;
            }
            else if (line[i] is ' ' or '\t' && i > indent)
            {
                i++;
                continue;
            }
            else
            {
                break;
            }
        }

        return (depth, Math.Min(i, line.Length), newItem);
    }

    /// <summary>The length of a bullet or ordered list marker and the space after it, or 0.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var marker = digits > 0
            ? digits < text.Length && text[digits] is '.' or ')' ? digits + 1 : 0
            : text.Length > 0 && text[0] is '-' or '*' or '+' ? 1 : 0;
        return marker > 0 && (marker == text.Length || text[marker] is ' ' or '\t') ? Math.Min(marker + 1, text.Length) : 0;
    }

    /// <summary>An ATX heading: one to six '#', then a space, a tab or nothing.</summary>
    private static bool IsHeading(ReadOnlySpan<char> text)
    {
        var level = text.IndexOfAnyExcept('#') is var end and >= 0 ? end : text.Length;
        return level is >= 1 and <= 6 && (level == text.Length || text[level] is ' ' or '\t');
    }
}
