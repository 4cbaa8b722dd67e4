using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// Reads single-file components (.vue, .svelte, .astro): scripts and template expressions with the script reader, the
/// markup with the HTML reader once they are blanked out of it, and component props as records (see
/// <see cref="ComponentMarkupReader"/>).
/// </summary>
internal static class ComponentSegmentExtractor
{
    /// <summary>
    /// Adds the segments and records of <paramref name="text"/>. Returns null, or why the markup was read as plain text
    /// (nesting or tags past the HTML reader's limits). Never throws for bad input.
    /// </summary>
    public static string? Extract(string text, ComponentDialect dialect, List<Segment> segments, List<DataRecord> records)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(records);
        var first = records.Count;
        var refusal = ComponentMarkupReader.Read(text, dialect, segments, records);
        records.Sort(first, records.Count - first, Comparer<DataRecord>.Create(static (a, b) => a.Start.CompareTo(b.Start)));
        return refusal;
    }
}
