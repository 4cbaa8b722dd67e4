namespace ContentLint.Cli.Tests.Corpus;

/// <summary>What one scan of a site produced: rule findings, and problems of the scan itself (tool codes, CL....).</summary>
internal sealed record SiteScan(IReadOnlyList<ScanResult> Results, IReadOnlyList<string> Problems);
