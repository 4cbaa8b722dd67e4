namespace ContentLint.Cli.Tests.Corpus;

/// <summary>One finding of the scanner, as read from its JSON report; <see cref="Region"/> is null for a file-level finding.</summary>
internal sealed record ScanResult(string Site, string File, string Rule, ResultRegion? Region);
