using System.Globalization;
using Xunit.Abstractions;

namespace ContentLint.Cli.Tests.Corpus;

/// <summary>Scores the scanner against the labeled corpus in ../shared/corpus (see docs/evaluation.md).</summary>
public sealed class CorpusEvaluationTests(CorpusRun run, ITestOutputHelper output) : IClassFixture<CorpusRun>
{
    [Fact]
    public void Every_implemented_rule_reaches_the_recall_and_precision_thresholds()
    {
        if (Summary() is not { } summary)
        {
            return;
        }

        output.WriteLine(run.Markdown);
        var failures = new List<string>();
        foreach (var score in summary.Evaluation.Scores)
        {
            // A null ratio (no labels, or no results and no labels) compares false: nothing to measure, nothing fails.
            if (score.Recall < CorpusThresholds.MinimumRecall)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{score.Rule}: recall {score.Recall:P1} < {CorpusThresholds.MinimumRecall:P0}"));
            }

            if (score.Precision < CorpusThresholds.MinimumPrecision)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{score.Rule}: precision {score.Precision:P1} < {CorpusThresholds.MinimumPrecision:P0}"));
            }
        }

        Assert.True(failures.Count == 0, "Below threshold (misses and false positives are listed in the test output):\n" + string.Join('\n', failures));
    }

    [Fact]
    public void Phi_findings_reach_the_overall_floors_and_spare_the_hard_negatives()
    {
        if (Summary() is not { } summary)
        {
            return;
        }

        var phiLabels = run.Data!.Labels.Where(l => l.Rule.StartsWith("PHI", StringComparison.Ordinal) && l.Span is not null).ToList();
        var phiResults = summary.Results.Where(r => r.Rule.StartsWith("PHI", StringComparison.Ordinal)).ToList();
        var phiScores = summary.Evaluation.Scores.Where(s => s.Rule.StartsWith("PHI", StringComparison.Ordinal)).ToList();
        var foundByAnyRule = phiLabels.Count(label => phiResults.Exists(r =>
            r.Site == label.Site && r.File == label.File && r.Region?.Overlaps(label.Span!) == true));
        var truePositives = phiScores.Sum(s => s.TruePositives);
        var anyRuleRecall = (double)foundByAnyRule / phiLabels.Count;
        var sameRuleRecall = (double)truePositives / (truePositives + phiScores.Sum(s => s.FalseNegatives));
        var precision = (double)truePositives / (truePositives + phiScores.Sum(s => s.FalsePositives));
        var negativesHit = run.Data.Negatives.Count(n => summary.Results.Any(r => r.Site == n.Site && r.File == n.File && r.Region?.Overlaps(n.Span) == true));
        var negativeShare = (double)negativesHit / run.Data.Negatives.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PHI recall (any rule) {anyRuleRecall:P1}, recall (same rule) {sameRuleRecall:P1}, precision {precision:P1}, hard negatives reported {negativesHit}/{run.Data.Negatives.Count} ({negativeShare:P1})"));

        Assert.True(anyRuleRecall >= CorpusThresholds.MinimumAnyRuleRecall, $"recall with any PHI rule {anyRuleRecall:P1}");
        Assert.True(sameRuleRecall >= CorpusThresholds.MinimumSameRuleRecall, $"recall with the same rule {sameRuleRecall:P1}");
        Assert.True(precision >= CorpusThresholds.MinimumOverallPrecision, $"PHI precision {precision:P1}");
        Assert.True(negativeShare <= CorpusThresholds.MaximumNegativeShare, $"hard negatives reported {negativeShare:P1}");
    }

    [Fact]
    public void No_finding_overlaps_the_organizations_own_phone_fax_or_email()
    {
        if (Summary() is not { } summary)
        {
            return;
        }

        var organizationNegatives = run.Data!.Negatives.Where(n => CorpusThresholds.OrganizationContactKinds.Contains(n.Kind)).ToList();
        var hits = CorpusMatcher.NegativeHits(summary.Results, organizationNegatives)
            .Select(hit => $"{hit.Result.Site}/{hit.Result.File} {hit.Result.Region} {hit.Result.Rule} on {hit.Negative.Kind} {hit.Negative.Span}")
            .ToList();
        output.WriteLine($"{organizationNegatives.Count} organization contact negatives, {hits.Count} reported.");
        hits.ForEach(output.WriteLine);

        Assert.Empty(hits);
    }

    [Fact]
    public void Report_scores_every_implemented_rule()
    {
        if (Summary() is not { } summary)
        {
            return;
        }

        output.WriteLine(run.ReportPath is null
            ? $"Set {CorpusRun.ReportVariable} to a path to also write this report as Markdown."
            : $"Report written to {run.ReportPath}.");
        output.WriteLine(run.Markdown);

        Assert.Equal(CorpusRun.ImplementedRules(), summary.Evaluation.Scores.Select(s => s.Rule));
        Assert.All(summary.Rules, rule => Assert.Contains($"| {rule} |", run.Markdown, StringComparison.Ordinal));
    }

    private CorpusRunSummary? Summary()
    {
        if (run.NotFoundMessage is { } message)
        {
            output.WriteLine(message);
        }

        return run.Summary;
    }
}
