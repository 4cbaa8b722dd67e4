namespace ContentLint.Cli.Tests.Corpus;

/// <summary>Everything one corpus run produced: the evaluation plus what was left out of it and why.</summary>
/// <param name="Sites">The sites scanned.</param>
/// <param name="Rules">The rules scored: those the catalog marks implemented, in catalog order.</param>
/// <param name="Results">Every finding of the scored rules.</param>
/// <param name="UnscoredResults">Findings of rules the catalog does not mark implemented (should not exist).</param>
/// <param name="IgnoredLabels">How many gold labels belong to rules not implemented yet.</param>
/// <param name="Problems">Problems the scanner reported about itself (files not scanned, ...).</param>
/// <param name="Evaluation">The comparison with the gold.</param>
internal sealed record CorpusRunSummary(
    IReadOnlyList<string> Sites,
    IReadOnlyList<string> Rules,
    IReadOnlyList<ScanResult> Results,
    IReadOnlyList<ScanResult> UnscoredResults,
    int IgnoredLabels,
    IReadOnlyList<string> Problems,
    CorpusEvaluation Evaluation);
