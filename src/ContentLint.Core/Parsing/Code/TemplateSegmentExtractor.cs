using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// Reads server-side templates (.liquid, .njk, .hbs, .handlebars, .mustache, .erb, .ejs, .php): the markup as HTML,
/// with the template tags blanked first (see <see cref="TemplateTagBlanker"/>), so offsets stay the file's own.
/// </summary>
internal static class TemplateSegmentExtractor
{
    /// <summary>
    /// Adds the segments of <paramref name="text"/>. Returns null, or why the markup was read as plain text instead
    /// (nesting or tags past the HTML reader's limits). Never throws for bad input.
    /// </summary>
    public static string? Extract(string text, List<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segments);
        return BlankedMarkup.Extract(TemplateTagBlanker.Blank(text, segments), segments);
    }
}
