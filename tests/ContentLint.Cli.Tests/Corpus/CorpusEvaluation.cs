namespace ContentLint.Cli.Tests.Corpus;

/// <summary>The outcome of comparing results with the gold: scores per rule (catalog order), misses and false positives.</summary>
internal sealed record CorpusEvaluation(
    IReadOnlyList<RuleScore> Scores,
    IReadOnlyList<GoldLabel> Misses,
    IReadOnlyList<FalsePositive> FalsePositives);
