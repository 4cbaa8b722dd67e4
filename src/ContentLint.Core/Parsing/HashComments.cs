using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing;

/// <summary>
/// The <c>#</c> comments of a YAML or TOML file that hold a ContentLint directive (<c># contentlint-disable-next-line
/// CON001 -- a fictional sample</c>), as <see cref="RegionKind.Comment"/> segments: the parsers drop comments, and a
/// data file is suppressed like a page (docs/suppressions.md). Other comments are not content and are not read.
/// </summary>
internal static class HashComments
{
    private const string Directive = "contentlint";

    public static void Add(string text, List<Segment> segments)
    {
        if (!text.Contains(Directive, StringComparison.Ordinal))
        {
            return;
        }

        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart) is var newline and >= 0 ? newline : text.Length;
            var end = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (CommentStart(text, lineStart, end) is var hash and >= 0
                && text.AsSpan(hash, end - hash).Contains(Directive, StringComparison.Ordinal))
            {
                segments.Add(new SegmentBuilder().AppendVerbatim(text, hash + 1, end - hash - 1).Build(RegionKind.Comment));
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The <c>#</c> that opens a comment on the line: at its start or after a space, outside quotes; else -1.</summary>
    private static int CommentStart(string text, int start, int end)
    {
        var quote = '\0';
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '\\' && quote == '"')
                {
                    i++;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == start || text[i - 1] is ' ' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }
}
