using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Suppression;

/// <summary>
/// Applies a baseline to a finished scan: drops findings whose (rule, path, fingerprint) it records and reports each
/// entry that matched nothing as a <see cref="ToolCodes.StaleBaselineEntry"/> note at its line of the baseline file.
/// </summary>
public static class BaselineFilter
{
    /// <param name="report">The scan, after inline suppressions.</param>
    /// <param name="baseline">The parsed baseline.</param>
    /// <param name="baselinePath">The baseline file as stale-entry notes name it (repository-relative when it is inside).</param>
    /// <param name="scannedPaths">
    /// Paths whose entries may be stale: the files this scan looked at (a scan of one folder, or of the staged files,
    /// must not call the rest of the baseline stale), plus files that no longer exist.
    /// </param>
    public static ScanReport Apply(ScanReport report, Baseline baseline, string baselinePath, IReadOnlySet<string> scannedPaths)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(scannedPaths);
        var recorded = baseline.Entries.Select(e => e.Entry).ToHashSet();
        var matched = new HashSet<BaselineEntry>();
        var kept = new List<Diagnostic>(report.Diagnostics.Count);
        foreach (var diagnostic in report.Diagnostics)
        {
            if (BaselineEntry.For(diagnostic) is { } entry && recorded.Contains(entry))
            {
                matched.Add(entry);
                continue;
            }

            kept.Add(diagnostic);
        }

        foreach (var (entry, line) in baseline.Entries)
        {
            if (!matched.Contains(entry) && scannedPaths.Contains(entry.Path))
            {
                // The path is the user's own file name, not content; the fingerprint is not shown (it helps nobody).
                kept.Add(new Diagnostic(ToolCodes.StaleBaselineEntry, Severity.Note, baselinePath, new SourceRange(line, 1, line, 1),
                    $"stale baseline entry: no {entry.RuleId} finding in {entry.Path} matches it any more (fixed, changed or the file was renamed); remove the line or regenerate the baseline"));
            }
        }

        kept.Sort(DiagnosticOrder.Compare);
        return report with { Diagnostics = kept };
    }
}
