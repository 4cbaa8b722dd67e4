namespace ContentLint.Cli.Tests.Corpus;

/// <summary>
/// One occurrence the scanner must report (gold.jsonl), or one page-level consent finding (gold-consent.jsonl), whose
/// <see cref="Span"/> is null because consent findings are compared by file and rule only.
/// </summary>
internal sealed record GoldLabel(string Site, string File, string Rule, LineSpan? Span);
