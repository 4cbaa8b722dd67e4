using ContentLint.Core.Fingerprints;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Sources;
using ContentLint.Core.Suppression;

namespace ContentLint.Cli.Commands;

/// <summary>The baseline side of a scan: <c>scan --baseline FILE</c> reads one, <c>contentlint baseline -o FILE</c> writes one.</summary>
internal static class BaselineOption
{
    /// <summary>Reads the baseline before anything is scanned; false (with one line on stderr) when it is missing, not a regular file, too large or malformed.</summary>
    public static bool TryLoad(CliConsole console, string? path, out Baseline? baseline)
    {
        baseline = null;
        if (path is null)
        {
            return true;
        }

        try
        {
            baseline = Baseline.Load(path);
            return true;
        }
        catch (BaselineFormatException ex)
        {
            console.Error.WriteLine(ex.Message);
            return false;
        }
    }

    /// <summary>Drops recorded findings and adds stale-entry notes for the files this scan covered.</summary>
    public static ScanReport Apply(ScanReport report, Baseline? baseline, string? path, string repositoryRoot, IReadOnlyCollection<string> scannedPaths)
    {
        if (baseline is null || path is null)
        {
            return report;
        }

        var relative = Path.GetRelativePath(repositoryRoot, path);
        var display = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
        // In scope: files this scan covered, and files that no longer exist (deleted or renamed) whatever was scanned.
        var inScope = scannedPaths.ToHashSet(StringComparer.Ordinal);
        inScope.UnionWith(baseline.Entries.Select(e => e.Entry.Path).Where(p => !File.Exists(Path.Combine(repositoryRoot, p))));
        return BaselineFilter.Apply(report, baseline, display, inScope);
    }

    /// <summary>
    /// A baseline made with the path-derived fallback key would match nothing on another machine or in CI, so
    /// <c>contentlint baseline</c> creates the repository's key file first (unless the key comes from the environment).
    /// </summary>
    public static void EnsureKey(CliConsole console, string repositoryRoot)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(FingerprintKey.EnvironmentVariable)) && FingerprintKey.CreateIfMissing(repositoryRoot))
        {
            console.Error.WriteLine($"contentlint: created the fingerprint key {Path.Combine(repositoryRoot, FingerprintKey.RelativePath)}; commit it with the baseline (see docs/suppressions.md)");
        }
    }

    /// <summary>Writes the baseline of <paramref name="report"/>; exit code 0, or 2 when the scan itself failed somewhere.</summary>
    public static int Write(CliConsole console, string path, ScanReport report)
    {
        var text = Baseline.Write(report.Diagnostics);
        ReportFile.Write(path, writer => writer.Write(text));
        var entries = text.Split('\n').Count(line => line.Length > 0 && !line.StartsWith('#'));
        console.Error.WriteLine($"contentlint: wrote {entries} baseline entr{(entries == 1 ? "y" : "ies")} to {path} ({report.FilesScanned} file{(report.FilesScanned == 1 ? string.Empty : "s")} scanned)");
        return report.HadToolError ? ExitCodes.ToolError : ExitCodes.Clean;
    }
}
