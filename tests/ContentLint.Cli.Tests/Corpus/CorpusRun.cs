using ContentLint.Core.Rules;

namespace ContentLint.Cli.Tests.Corpus;

/// <summary>
/// Scans every corpus site once per test run and compares the results with the gold. The scored rules are read from
/// the catalog, so a rule is evaluated as soon as it is marked implemented. When the environment variable
/// <see cref="ReportVariable"/> names a file, the Markdown report is written there too (relative to the repository root).
/// </summary>
public class CorpusRun
{
    public const string ReportVariable = "CONTENTLINT_CORPUS_REPORT";

    /// <summary>The development corpus, <c>../shared/corpus</c> from the repository root.</summary>
    public CorpusRun()
        : this(CorpusLocator.ExpectedCorpusPath(CorpusLocator.FindRepositoryRoot()), ReportVariable)
    {
    }

    /// <summary>Any labelled set in the corpus's format (sites/, gold.jsonl, gold-consent.jsonl, negatives.jsonl).</summary>
    protected CorpusRun(string? corpusPath, string reportVariable)
    {
        var repositoryRoot = CorpusLocator.FindRepositoryRoot();
        if (!CorpusLocator.IsCorpus(corpusPath))
        {
            NotFoundMessage = repositoryRoot is null
                ? $"Labelled set not found, evaluation skipped: no ContentLint.sln above {AppContext.BaseDirectory}."
                : $"Labelled set not found, evaluation skipped: expected gold.jsonl and sites/ at {corpusPath}.";
            return;
        }

        Data = CorpusData.Load(corpusPath!);
        Summary = Evaluate(Data, [.. Data.Sites.Select(site => CorpusScanner.Scan(corpusPath!, site))]);
        Markdown = CorpusReportWriter.Render(Summary);
        if (Environment.GetEnvironmentVariable(reportVariable) is { Length: > 0 } reportPath)
        {
            ReportPath = Path.GetFullPath(reportPath, repositoryRoot!);
            File.WriteAllText(ReportPath, Markdown);
        }
    }

    /// <summary>Why nothing was evaluated, or null when the corpus was found.</summary>
    public string? NotFoundMessage { get; }

    /// <summary>Where the Markdown report was written, or null when <see cref="ReportVariable"/> is not set.</summary>
    public string? ReportPath { get; }

    internal CorpusData? Data { get; }

    internal CorpusRunSummary? Summary { get; }

    internal string? Markdown { get; }

    /// <summary>The rules the catalog marks implemented, in catalog order.</summary>
    internal static IReadOnlyList<string> ImplementedRules() =>
        [.. RuleCatalog.Default.Rules.Where(r => r.Implemented).Select(r => r.Id)];

    private static CorpusRunSummary Evaluate(CorpusData data, IReadOnlyList<SiteScan> scans)
    {
        var rules = ImplementedRules();
        var scored = rules.ToHashSet(StringComparer.Ordinal);
        var all = scans.SelectMany(s => s.Results).ToList();
        var results = all.Where(r => scored.Contains(r.Rule)).ToList();
        var evaluation = CorpusMatcher.Evaluate(rules, data.Labels, data.Negatives, results);
        return new CorpusRunSummary(
            data.Sites,
            rules,
            results,
            [.. all.Where(r => !scored.Contains(r.Rule))],
            data.Labels.Count(l => !scored.Contains(l.Rule)),
            [.. scans.SelectMany(s => s.Problems)],
            evaluation);
    }
}
