using System.Globalization;
using System.Text;

namespace ContentLint.Cli.Tests.Corpus;

/// <summary>
/// Renders an evaluation as Markdown. Items are described by site, file, position and rule only: the report never
/// quotes the corpus text, so it stays safe to paste anywhere even when the content is real PHI.
/// </summary>
internal static class CorpusReportWriter
{
    public static string Render(CorpusRunSummary run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var evaluation = run.Evaluation;
        var md = new StringBuilder();
        md.AppendLine("# ContentLint corpus evaluation").AppendLine();
        Line(md, $"Sites: {string.Join(", ", run.Sites)}. Rules scored (implemented in rules/catalog.yml): {string.Join(", ", run.Rules)}.");
        Line(md, $"Gold labels of rules not implemented yet, ignored: {run.IgnoredLabels}.");
        md.AppendLine();

        md.AppendLine("| rule | TP | FP | FN | precision | recall |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var score in evaluation.Scores.Append(Total(evaluation.Scores)))
        {
            Line(md, $"| {score.Rule} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {Percent(score.Precision)} | {Percent(score.Recall)} |");
        }

        md.AppendLine();
        Line(md, $"## Misses ({evaluation.Misses.Count})");
        md.AppendLine();
        if (evaluation.Misses.Count > 0)
        {
            md.AppendLine("| site | file | line | columns | rule |");
            md.AppendLine("|---|---|---:|---|---|");
            foreach (var miss in evaluation.Misses)
            {
                Line(md, $"| {miss.Site} | {miss.File} | {miss.Span?.Line.ToString(CultureInfo.InvariantCulture) ?? "page"} | {Columns(miss.Span)} | {miss.Rule} |");
            }

            md.AppendLine();
        }

        Line(md, $"## False positives ({evaluation.FalsePositives.Count}, of which {evaluation.FalsePositives.Count(f => f.NegativeKind is not null)} on known traps)");
        md.AppendLine();
        if (evaluation.FalsePositives.Count > 0)
        {
            md.AppendLine("| site | file | line | columns | rule | hard negative |");
            md.AppendLine("|---|---|---|---|---|---|");
            foreach (var fp in evaluation.FalsePositives)
            {
                var r = fp.Result;
                Line(md, $"| {r.Site} | {r.File} | {Lines(r.Region)} | {Columns(r.Region)} | {r.Rule} | {fp.NegativeKind ?? ""} |");
            }

            md.AppendLine();
        }

        if (run.UnscoredResults.Count > 0)
        {
            Line(md, $"Results of rules not marked implemented (not scored): {string.Join(", ", run.UnscoredResults.GroupBy(r => r.Rule).Select(g => $"{g.Key} x{g.Count()}"))}.");
            md.AppendLine();
        }

        if (run.Problems.Count > 0)
        {
            Line(md, $"## Scan problems ({run.Problems.Count})");
            md.AppendLine();
            foreach (var problem in run.Problems)
            {
                md.Append("- ").AppendLine(problem);
            }

            md.AppendLine();
        }

        return md.ToString();
    }

    private static RuleScore Total(IReadOnlyList<RuleScore> scores) => new(
        "all",
        scores.Sum(s => s.TruePositives),
        scores.Sum(s => s.FalsePositives),
        scores.Sum(s => s.FalseNegatives));

    private static string Percent(double? ratio) => ratio is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "n/a";

    private static string Columns(LineSpan? span) => span is null ? "-" : $"[{span.StartColumn}, {span.EndColumn})";

    private static string Lines(ResultRegion? region) => region switch
    {
        null => "file",
        _ when region.StartLine == region.EndLine => region.StartLine.ToString(CultureInfo.InvariantCulture),
        _ => $"{region.StartLine}-{region.EndLine}",
    };

    private static string Columns(ResultRegion? region) => region switch
    {
        null => "-",
        _ when region.StartLine == region.EndLine => $"[{region.StartColumn}, {region.EndColumn})",
        _ => $"{region.StartLine}:{region.StartColumn} to {region.EndLine}:{region.EndColumn} (exclusive)",
    };

    private static void Line(StringBuilder md, FormattableString text) => md.AppendLine(text.ToString(CultureInfo.InvariantCulture));
}
