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
            var recallFloor = CorpusThresholds.RecallFloor(score.Rule);
            if (score.Recall < recallFloor)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{score.Rule}: recall {score.Recall:P1} < {recallFloor:P0}"));
            }

            if (score.Precision < CorpusThresholds.MinimumPrecision)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{score.Rule}: precision {score.Precision:P1} < {CorpusThresholds.MinimumPrecision:P0}"));
            }
        }

        Assert.True(failures.Count == 0, "Below threshold (misses and false positives are listed in the test output):\n" + string.Join('\n', failures));
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
