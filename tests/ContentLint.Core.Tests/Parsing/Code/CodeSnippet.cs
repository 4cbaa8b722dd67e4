using ContentLint.Core.Model;
using ContentLint.Core.Parsing.Code;

namespace ContentLint.Core.Tests.Parsing.Code;

/// <summary>
/// A code snippet with one value planted between <c>«</c> and <c>»</c>: the markers are removed, and the planted
/// source range is computed here, independently of the reader under test.
/// </summary>
internal sealed record CodeSnippet(string Source, int Start, int End)
{
    public static CodeSnippet Plant(string marked)
    {
        var open = marked.IndexOf('«', StringComparison.Ordinal);
        var close = marked.IndexOf('»', StringComparison.Ordinal);
        Assert.True(open >= 0 && close > open, "snippet needs one «planted» value");
        return new CodeSnippet(marked.Remove(close, 1).Remove(open, 1), open, close - 1);
    }

    public (List<Segment> Segments, List<DataRecord> Records) ReadScript(ScriptDialect dialect = ScriptDialect.JavaScript) =>
        Read(Source, dialect);

    public static (List<Segment> Segments, List<DataRecord> Records) Read(string source, ScriptDialect dialect = ScriptDialect.JavaScript)
    {
        var segments = new List<Segment>();
        var records = new List<DataRecord>();
        ScriptSegmentExtractor.Extract(source, 0, source.Length, dialect, segments, records);
        return (segments, records);
    }

    /// <summary>The one segment of <paramref name="kind"/> that shows <paramref name="shown"/>, which must map back to the planted range.</summary>
    public Segment AssertPlanted(IReadOnlyList<Segment> segments, RegionKind kind, string shown)
    {
        var matching = segments.Where(s => s.Kind == kind && s.Text.Contains(shown, StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count == 1, $"expected one {kind} segment showing '{shown}'; segments: {Describe(segments)}");
        var segment = matching[0];
        var index = segment.Text.IndexOf(shown, StringComparison.Ordinal);
        Assert.Equal((Start, End), segment.ToSource(index, shown.Length));
        return segment;
    }

    public static string Describe(IEnumerable<Segment> segments) =>
        string.Join(" | ", segments.Select(s => $"{s.Kind}[{s.Name}]:{s.Text}"));
}
