using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Pipeline;

/// <summary>One file through the real scanner with a small configuration, and a diagnostic's range as a tuple to compare.</summary>
internal static class FileScan
{
    private static readonly IReadOnlyList<IDetector> Detectors = DetectorRegistry.CreateAll(RuleCatalog.Default);

    /// <summary>The practice's name and its privacy reviewer (who approves consent), nothing else.</summary>
    public const string Practice = "organization:\n  names: [Bayside Dental]\nprivacy_reviewers: [Olive Reyes]\n";

    public static IReadOnlyList<Diagnostic> Scan(string path, string text, string configuration = Practice)
    {
        var config = ConfigLoader.Parse(configuration, "site.yml", Path.GetTempPath(), RuleCatalog.Default.Ids) with { SourcePath = null };
        var options = new ScanOptions(config, RuleCatalog.Default) { Today = new DateOnly(2026, 6, 1) };
        return new Scanner(options, Detectors).Scan(new SourceFile(path, text)).Diagnostics;
    }

    public static (int, int, int, int) Columns(Diagnostic diagnostic)
    {
        var range = diagnostic.Range!.Value;
        return (range.StartLine, range.StartColumn, range.EndLine, range.EndColumn);
    }
}
