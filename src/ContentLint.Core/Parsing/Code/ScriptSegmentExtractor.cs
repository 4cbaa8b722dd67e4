using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// Reads JavaScript, TypeScript and JSX into segments and records. Strings that are values of object properties are
/// <see cref="RegionKind.DataValue"/> segments named by their key path (<c>reviews[1].name</c>); strings assigned to a
/// variable are named by it; other strings have no name. JSX text is <see cref="RegionKind.HtmlText"/>, JSX attributes
/// are classified as HTML attributes are, and a component's other props are named data values. Strings that name
/// code, not content (modules, directives, class names, types: see <see cref="CodeValueNames"/>) are skipped, and so
/// are comments, except those holding a ContentLint directive.
/// </summary>
internal static class ScriptSegmentExtractor
{
    /// <summary>
    /// Adds the segments and records of the script in <paramref name="text"/>[<paramref name="start"/>,
    /// <paramref name="end"/>). Never throws for bad input and takes time linear in its length.
    /// </summary>
    public static void Extract(string text, int start, int end, ScriptDialect dialect, List<Segment> segments, List<DataRecord> records)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(records);
        start = Math.Clamp(start, 0, text.Length);
        ScriptReader.ReadScript(text, start, Math.Clamp(end, start, text.Length), dialect, segments, records);
    }
}
