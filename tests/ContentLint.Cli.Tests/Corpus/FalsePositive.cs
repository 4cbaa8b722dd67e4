namespace ContentLint.Cli.Tests.Corpus;

/// <summary>A result that matched no gold label; <see cref="NegativeKind"/> names the hard negative(s) it overlaps, if any.</summary>
internal sealed record FalsePositive(ScanResult Result, string? NegativeKind);
