using System.Globalization;
using ContentLint.Cli.Tests.Corpus;
using Xunit.Abstractions;

namespace ContentLint.Cli.Tests.Generalization;

/// <summary>
/// Floors on the synthetic generalization set. It was measured once before any detector change of issue 18 (figures
/// in docs/accuracy.md) and only then became a fixture; the floors ratchet up with the detectors, never down.
/// </summary>
public sealed class GeneralizationSetTests(GeneralizationRun run, ITestOutputHelper output) : IClassFixture<GeneralizationRun>
{
    /// <summary>Over all PHI rules: a labelled identifier found by any PHI rule (start of issue 18: 76.9 %; end: 82.1 %).</summary>
    private const double MinimumAnyRuleRecall = 0.80;

    /// <summary>Over all PHI rules: reported identifiers that are labelled ones (start of issue 18: 35.0 %; end: 82.9 %).</summary>
    private const double MinimumPrecision = 0.80;

    /// <summary>Consent findings by file and rule (start of issue 18: 0.50; end: 0.92).</summary>
    private const double MinimumConsentF1 = 0.90;

    [Fact]
    public void Phi_findings_reach_the_floors()
    {
        Assert.Null(run.NotFoundMessage);
        var summary = run.Summary!;
        var labels = run.Data!.Labels.Where(l => l.Rule.StartsWith("PHI", StringComparison.Ordinal) && l.Span is not null).ToList();
        var results = summary.Results.Where(r => r.Rule.StartsWith("PHI", StringComparison.Ordinal)).ToList();
        var found = labels.Count(label => results.Exists(r => r.Site == label.Site && r.File == label.File && r.Region?.Overlaps(label.Span!) == true));
        var reportedLabelled = results.Count(r => labels.Exists(label => r.Site == label.Site && r.File == label.File && r.Region?.Overlaps(label.Span!) == true));
        var recall = (double)found / labels.Count;
        var precision = results.Count == 0 ? 1 : (double)reportedLabelled / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PHI recall (any rule) {recall:P1} ({found}/{labels.Count}), precision {precision:P1} ({reportedLabelled}/{results.Count})"));
        Assert.True(recall >= MinimumAnyRuleRecall, $"recall {recall:P1}");
        Assert.True(precision >= MinimumPrecision, $"precision {precision:P1}");
    }

    [Fact]
    public void Consent_findings_reach_the_floor()
    {
        Assert.Null(run.NotFoundMessage);
        var scores = run.Summary!.Evaluation.Scores.Where(s => s.Rule.StartsWith(CorpusMatcher.ConsentRulePrefix, StringComparison.Ordinal)).ToList();
        var truePositives = scores.Sum(s => s.TruePositives);
        var errors = scores.Sum(s => s.FalsePositives + s.FalseNegatives);
        var f1 = 2.0 * truePositives / (2 * truePositives + errors);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"consent F1 {f1:F2} ({truePositives} found, {errors} wrong or missed)"));
        Assert.True(f1 >= MinimumConsentF1, $"consent F1 {f1:F2}");
    }
}
