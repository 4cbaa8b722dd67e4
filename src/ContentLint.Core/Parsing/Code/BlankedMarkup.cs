using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// Markup whose code (template tags, expressions, scripts) was replaced by spaces, line breaks kept, so every offset
/// is the original file's: read by the HTML reader as a page is.
/// </summary>
internal static class BlankedMarkup
{
    /// <summary>Blanks [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="chars"/> in place, line breaks kept.</summary>
    public static void Blank(char[] chars, int start, int end)
    {
        for (var i = Math.Max(0, start); i < end && i < chars.Length; i++)
        {
            if (chars[i] is not ('\r' or '\n'))
            {
                chars[i] = ' ';
            }
        }
    }

    /// <summary>
    /// Adds the HTML segments of <paramref name="blanked"/>, without the blank ones the blanking leaves (an attribute
    /// whose whole value was an expression). Returns null, or why the markup was too hostile to parse: then its text is
    /// one <see cref="RegionKind.Prose"/> segment, as <see cref="DocumentParser"/> does for such a page.
    /// </summary>
    public static string? Extract(string blanked, List<Segment> segments)
    {
        var refusal = ParserGuards.Check(blanked, isHtml: true);
        if (refusal is not null)
        {
            segments.Add(new SegmentBuilder().AppendVerbatim(blanked, 0, blanked.Length).Build(RegionKind.Prose));
            return refusal;
        }

        var first = segments.Count;
        HtmlSegmentExtractor.Extract(blanked, 0, blanked.Length, segments);
        for (var i = segments.Count - 1; i >= first; i--)
        {
            if (string.IsNullOrWhiteSpace(segments[i].Text))
            {
                segments.RemoveAt(i);
            }
        }

        return null;
    }
}
