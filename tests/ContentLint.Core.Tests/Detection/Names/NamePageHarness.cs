using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Names;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>Runs the name detector over segments of one page whose profile (kind, language) the test sets.</summary>
internal static class NamePageHarness
{
    private static readonly NameDetector Detector = new(RuleCatalog.Default.Rules.Single(r => r.Id == "PHI001"));

    public static List<Candidate> Run(PageKind kind, params (RegionKind Kind, string Text, string? Name)[] segments) =>
        Run(new PageProfile(kind, "test", "en"), segments);

    public static List<Candidate> Run(PageProfile profile, params (RegionKind Kind, string Text, string? Name)[] segments)
    {
        var built = segments.Select(s => new SegmentBuilder().AppendVerbatim(s.Text, 0, s.Text.Length).Build(s.Kind, s.Name)).ToList();
        var document = new ContentDocument(new SourceFile("x.md", string.Join('\n', segments.Select(s => s.Text))), null, built, [])
        {
            Profile = profile,
        };
        var candidates = new List<Candidate>();
        Detector.Detect(document, candidates);
        return candidates;
    }

    /// <summary>Asserts that one prose segment <paramref name="marked"/> on a page of <paramref name="kind"/> yields exactly its marked PHI001 spans.</summary>
    public static void AssertNames(PageKind kind, string marked, RegionKind region = RegionKind.Prose, string language = "en")
    {
        var (text, expected) = SpanMarkers.Parse(marked, "PHI001");
        var actual = Run(new PageProfile(kind, "test", language), (region, text, null))
            .Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length))
            .OrderBy(s => s.Start)
            .ToList();
        Assert.Equal(expected, actual);
    }
}
