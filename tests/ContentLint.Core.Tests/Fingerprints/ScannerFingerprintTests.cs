using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Fingerprints;

public sealed class ScannerFingerprintTests
{
    private const string Page = "# My story\n\nText me at 207-555-0147 or kim@mailbox.example.\n";

    private static readonly byte[] KeyA = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly byte[] KeyB = [.. Enumerable.Range(101, 32).Select(i => (byte)i)];

    [Fact]
    public void Fingerprints_survive_lines_inserted_above_while_the_range_moves()
    {
        var before = Findings(Page, KeyA);
        var after = Findings("Intro line one.\n\nIntro line two.\n\n" + Page, KeyA);

        Assert.Equal(["PHI004", "PHI006"], before.Select(d => d.Code));
        Assert.Equal(before.Select(d => d.Fingerprint), after.Select(d => d.Fingerprint));
        Assert.Equal(before.Select(d => d.Range!.Value.StartLine + 4), after.Select(d => d.Range!.Value.StartLine));
    }

    [Fact]
    public void Two_occurrences_of_one_value_get_different_fingerprints_that_keep_their_order()
    {
        var twice = Findings(Page + "\nAgain, my number: 207-555-0147.\n", KeyA).Where(d => d.Code == "PHI004").ToList();
        var once = Findings(Page, KeyA).Single(d => d.Code == "PHI004");

        Assert.Equal(2, twice.Count);
        Assert.NotEqual(twice[0].Fingerprint, twice[1].Fingerprint);
        Assert.Equal(once.Fingerprint, twice[0].Fingerprint);
    }

    [Fact]
    public void Suppressing_the_first_occurrence_leaves_the_fingerprint_of_the_second_alone()
    {
        const string Second = "\nAgain, my number: 207-555-0147.\n";
        var both = Findings(Page + Second, KeyA).Where(d => d.Code == "PHI004").ToList();
        var suppressed = Findings(Page.Replace("Text me", "<!-- contentlint-disable-next-line PHI004 -- test -->\nText me", StringComparison.Ordinal) + Second, KeyA)
            .Where(d => d.Code == "PHI004").ToList();

        Assert.Equal(both[1].Fingerprint, Assert.Single(suppressed).Fingerprint);
    }

    [Fact]
    public void Repositories_with_different_keys_get_different_fingerprints()
    {
        Assert.NotEqual(Findings(Page, KeyA).Select(d => d.Fingerprint), Findings(Page, KeyB).Select(d => d.Fingerprint));
    }

    [Fact]
    public void Without_a_key_findings_have_no_fingerprint()
    {
        Assert.All(Findings(Page, key: null), d => Assert.Null(d.Fingerprint));
    }

    private static List<Diagnostic> Findings(string text, byte[]? key)
    {
        var catalog = RuleCatalog.Default;
        var options = new ScanOptions(ContentLintConfig.Default(Path.GetTempPath()), catalog) { FingerprintKey = key };
        var result = new Scanner(options, DetectorRegistry.CreateAll(catalog)).Scan(new SourceFile("content/story.md", text));
        return [.. result.Diagnostics.Where(d => d.Code.StartsWith("PHI", StringComparison.Ordinal))];
    }
}
