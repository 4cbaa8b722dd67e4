using System.Globalization;
using ContentLint.Cli.Tests.Corpus;
using Xunit.Abstractions;

namespace ContentLint.Cli.Tests.Generalization;

/// <summary>
/// Floors on a synthetic generalization set. Each set was measured once before any detector change it was written
/// to test (figures in docs/accuracy.md) and only then became a fixture; the floors ratchet up with the detectors,
/// never down.
/// </summary>
public abstract class GeneralizationFloors(GeneralizationRun run, ITestOutputHelper output)
{
    /// <summary>Over all PHI rules: the share of labelled identifiers found by any PHI rule.</summary>
    protected abstract double MinimumAnyRuleRecall { get; }

    /// <summary>Over all PHI rules: the share of reported identifiers that are labelled ones.</summary>
    protected abstract double MinimumPrecision { get; }

    /// <summary>Consent findings by file and rule.</summary>
    protected abstract double MinimumConsentF1 { get; }

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
