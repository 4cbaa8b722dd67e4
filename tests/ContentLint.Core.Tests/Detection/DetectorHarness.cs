using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection;

/// <summary>Runs every detector of the built-in catalog over one-segment documents.</summary>
internal static class DetectorHarness
{
    private static readonly IReadOnlyList<IDetector> Detectors = DetectorRegistry.CreateAll(RuleCatalog.Default);

    /// <param name="page">The page's kind: an unprofiled page is <see cref="PageKind.Other"/>, as in a scan.</param>
    public static List<Candidate> Run(string text, RegionKind kind = RegionKind.Prose, string? name = null, PageKind page = PageKind.Other)
    {
        var segment = new SegmentBuilder().AppendVerbatim(text, 0, text.Length).Build(kind, name);
        var document = new ContentDocument(new SourceFile("x.md", text), null, [segment], []);
        if (page != PageKind.Other)
        {
            document.Profile = new PageProfile(page, "test", null);
        }

        var candidates = new List<Candidate>();
        foreach (var detector in Detectors)
        {
            detector.Detect(document, candidates);
        }

        return candidates;
    }

    /// <summary>The findings of <paramref name="marked"/> (markers stripped), ordered like <see cref="SpanMarkers"/> output.</summary>
    public static (IReadOnlyList<ExpectedSpan> Expected, IReadOnlyList<ExpectedSpan> Actual) Compare(
        string marked, string? defaultRule = null, RegionKind kind = RegionKind.Prose, string? name = null, PageKind page = PageKind.Other)
    {
        var (text, expected) = SpanMarkers.Parse(marked, defaultRule);
        var actual = Run(text, kind, name, page)
            .Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length))
            .OrderBy(s => s.Start).ThenBy(s => s.RuleId, StringComparer.Ordinal)
            .ToList();
        return (expected, actual);
    }

    /// <summary>Asserts that <paramref name="marked"/> yields exactly its marked spans, for every rule.</summary>
    public static void AssertFindings(string marked, RegionKind kind = RegionKind.Prose, string? name = null, PageKind page = PageKind.Other)
    {
        var (expected, actual) = Compare(marked, null, kind, name, page);
        Assert.Equal(expected, actual);
    }
}
