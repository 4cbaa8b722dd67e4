using ContentLint.Core.Model;
using ContentLint.Core.Parsing.Code;

namespace ContentLint.Core.Parsing;

/// <summary>Reads a code file (a script, or a Vue, Svelte or Astro component) into its string values and records (docs/data-and-code.md).</summary>
internal static class CodeReader
{
    public static IReadOnlyList<DataRecord> Read(string text, FileFormat format, List<Segment> segments, List<ParseProblem> problems)
    {
        var records = new List<DataRecord>();
        string? refusal = null;
        switch (format)
        {
            case FileFormat.JavaScript:
                ScriptSegmentExtractor.Extract(text, 0, text.Length, ScriptDialect.JavaScript, segments, records);
                break;
            case FileFormat.TypeScript:
                ScriptSegmentExtractor.Extract(text, 0, text.Length, ScriptDialect.TypeScript, segments, records);
                break;
            case FileFormat.TypeScriptJsx:
                ScriptSegmentExtractor.Extract(text, 0, text.Length, ScriptDialect.TypeScriptJsx, segments, records);
                break;
            case FileFormat.Vue:
                refusal = ComponentSegmentExtractor.Extract(text, ComponentDialect.Vue, segments, records);
                break;
            case FileFormat.Svelte:
                refusal = ComponentSegmentExtractor.Extract(text, ComponentDialect.Svelte, segments, records);
                break;
            case FileFormat.Astro:
                refusal = ComponentSegmentExtractor.Extract(text, ComponentDialect.Astro, segments, records);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a code format");
        }

        if (refusal is not null)
        {
            problems.Add(new ParseProblem($"markup could not be parsed as HTML ({refusal}); scanned as plain text", 0));
        }

        // HTML written into a string (a CMS's body field, React's dangerouslySetInnerHTML) is read without its tags.
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Kind == RegionKind.DataValue)
            {
                segments[i] = MarkupInValues.BlankTags(segments[i]);
            }
        }

        records.Sort((a, b) => a.Start.CompareTo(b.Start));
        return records;
    }
}
