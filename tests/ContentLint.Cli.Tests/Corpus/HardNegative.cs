namespace ContentLint.Cli.Tests.Corpus;

/// <summary>A curated span that must not be reported (negatives.jsonl), with the kind of trap it is.</summary>
internal sealed record HardNegative(string Site, string File, LineSpan Span, string Kind);
