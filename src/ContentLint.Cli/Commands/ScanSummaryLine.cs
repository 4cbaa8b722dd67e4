using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;

namespace ContentLint.Cli.Commands;

/// <summary>The one summary line a scan writes on stderr.</summary>
internal static class ScanSummaryLine
{
    public static string Format(ScanReport report)
    {
        var skipped = report.FilesNotScanned > 0 ? $", {report.FilesNotScanned} not scanned" : string.Empty;
        return $"contentlint: {Plural(report.Count(Severity.Error), "error")}, {Plural(report.Count(Severity.Warning), "warning")}, "
            + $"{Plural(report.Count(Severity.Note), "note")} in {Plural(report.FilesScanned, "file")} scanned{skipped}";
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
