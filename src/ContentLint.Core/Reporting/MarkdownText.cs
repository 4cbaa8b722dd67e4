using System.Text;

namespace ContentLint.Core.Reporting;

/// <summary>Escapes text for a GitHub-flavoured Markdown table cell, so that nothing in it is read as markup.</summary>
internal static class MarkdownText
{
    // Characters that start emphasis, links, HTML, entities, code or strike-through; a redacted shape such as
    // "***-**-****" would otherwise render as emphasis. The pipe would end the cell.
    private const string Special = "\\`*_[]<>&|~#!";

    /// <summary>Plain text as one table cell: every markup character escaped, line breaks as spaces, other control characters as <see cref="PrintableText"/> writes them.</summary>
    public static string Cell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in PrintableText.Escape(text.ReplaceLineEndings(" ")))
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A code span for a table cell (a file name): a fence longer than any backtick run inside, pipes escaped (GFM
    /// tables split on them first), control characters and line breaks as <see cref="PrintableText"/> writes them.
    /// </summary>
    public static string Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = PrintableText.Escape(text);
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var padding = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + padding + text.Replace("|", "\\|", StringComparison.Ordinal) + padding + fence;
    }
}
