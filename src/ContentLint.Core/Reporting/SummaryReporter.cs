using System.Globalization;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Reporting;

/// <summary>
/// A Markdown summary for people and for <c>$GITHUB_STEP_SUMMARY</c>: totals, counts by rule and by file, and the first
/// findings (errors first). It carries what GitHub's annotation limits cut off.
/// </summary>
public sealed class SummaryReporter(RuleCatalog catalog, int maxFindings = SummaryReporter.DefaultMaxFindings) : IReporter
{
    /// <summary>Findings listed one by one before the list is cut.</summary>
    public const int DefaultMaxFindings = 50;

    public void Write(ScanReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("## ContentLint");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"**{Plural(report.Count(Severity.Error), "error")}, {Plural(report.Count(Severity.Warning), "warning")}, {Plural(report.Count(Severity.Note), "note")}** in {Plural(report.FilesScanned, "file")} scanned ({report.FilesNotScanned} not scanned)."));
        if (report.Diagnostics.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("No findings.");
            return;
        }

        WriteByRule(report, output);
        WriteByFile(report, output);
        WriteFindings(report, output);
    }

    private void WriteByRule(ScanReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("### By rule");
        output.WriteLine();
        output.WriteLine("| Rule | Title | Count |");
        output.WriteLine("|---|---|---:|");
        foreach (var group in report.Diagnostics.GroupBy(d => d.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {MarkdownText.Cell(group.Key)} | {MarkdownText.Cell(Title(group.Key))} | {group.Count()} |"));
        }
    }

    private static void WriteByFile(ScanReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("### By file");
        output.WriteLine();
        output.WriteLine("| File | Errors | Warnings | Notes |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var group in report.Diagnostics.GroupBy(d => d.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int errors = group.Count(d => d.Severity == Severity.Error), warnings = group.Count(d => d.Severity == Severity.Warning);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {MarkdownText.Code(group.Key)} | {errors} | {warnings} | {group.Count() - errors - warnings} |"));
        }
    }

    private void WriteFindings(ScanReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("### Findings");
        output.WriteLine();
        output.WriteLine("| Severity | File | Line | Rule | Message |");
        output.WriteLine("|---|---|---:|---|---|");
        // OrderBy is stable: within a severity the report's own order (path, position) stays.
        foreach (var diagnostic in report.Diagnostics.OrderByDescending(d => d.Severity).Take(maxFindings))
        {
            var line = diagnostic.Range is { } r ? r.StartLine.ToString(CultureInfo.InvariantCulture) : "";
            output.WriteLine(
                $"| {diagnostic.Severity.ToString().ToLowerInvariant()} | {MarkdownText.Code(diagnostic.Path)} | {line} | {MarkdownText.Cell(diagnostic.Code)} | {MarkdownText.Cell(diagnostic.Message)} |");
        }

        if (report.Diagnostics.Count > maxFindings)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Showing the first {maxFindings} of {report.Diagnostics.Count} diagnostics (errors first). `contentlint scan` or `--format json` lists them all."));
        }
    }

    private string Title(string code) => catalog.Find(code)?.Title ?? code switch
    {
        ToolCodes.InternalError => "Internal error",
        ToolCodes.ConfigurationError => "Configuration error",
        ToolCodes.FileNotScanned => "File not scanned",
        ToolCodes.ParsedPartially => "File scanned in part",
        ToolCodes.InvalidSuppression => "Invalid suppression",
        ToolCodes.UnusedSuppression => "Unused suppression",
        ToolCodes.StaleBaselineEntry => "Stale baseline entry",
        ToolCodes.NothingSelected => "No file selected",
        _ => "",
    };

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
