using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Identifiers;

/// <summary>Compares only the identifier rules' findings, so that names or phones in a snippet do not interfere.</summary>
internal static class IdentifierAssert
{
    private static readonly HashSet<string> Rules =
        ["PHI007", "PHI008", "PHI009", "PHI010", "PHI011", "PHI012", "PHI013", "PHI015", "PHI018"];

    public static void Findings(string marked, RegionKind kind = RegionKind.Prose, string? name = null)
    {
        var (expected, actual) = DetectorHarness.Compare(marked, null, kind, name);
        Assert.Equal(expected, actual.Where(s => Rules.Contains(s.RuleId)).ToList());
    }

    public static void None(string text, RegionKind kind = RegionKind.Prose, string? name = null) =>
        Assert.Empty(DetectorHarness.Run(text, kind, name).Where(c => Rules.Contains(c.RuleId)).Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)));
}
