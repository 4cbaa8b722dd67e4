using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// Narrows a report to what a change introduced (<c>scan --diff</c>): findings on added or changed lines, and
/// everything about a changed file as a whole (consent rules, files that could not be scanned or parsed fully, and
/// files without lines, such as a changed image).
/// </summary>
public static class ChangedLinesFilter
{
    /// <summary>Keeps the diagnostics of <paramref name="report"/> that touch <paramref name="addedLines"/> of their file, or are file-level.</summary>
    /// <param name="report">The scan of the changed files.</param>
    /// <param name="addedLines">Per repository-relative text file, the new-file line numbers added or changed; a path without an entry keeps all its diagnostics.</param>
    /// <param name="catalog">Tells which rules judge a whole file (consent).</param>
    public static ScanReport Apply(ScanReport report, IReadOnlyDictionary<string, IReadOnlySet<int>> addedLines, RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(addedLines);
        ArgumentNullException.ThrowIfNull(catalog);
        var kept = report.Diagnostics.Where(diagnostic => IsFileLevel(diagnostic, catalog) || Touches(diagnostic, addedLines)).ToList();
        return report with { Diagnostics = kept };
    }

    private static bool IsFileLevel(Diagnostic diagnostic, RuleCatalog catalog) =>
        diagnostic.Range is null
        || diagnostic.Code is ToolCodes.FileNotScanned or ToolCodes.ParsedPartially
        || (catalog.Find(diagnostic.Code) is { Detector: "consent" });

    private static bool Touches(Diagnostic diagnostic, IReadOnlyDictionary<string, IReadOnlySet<int>> addedLines)
    {
        if (!addedLines.TryGetValue(diagnostic.Path, out var lines))
        {
            return true;
        }

        if (diagnostic.Range is not { } range)
        {
            return false;
        }

        for (var line = range.StartLine; line <= range.EndLine; line++)
        {
            if (lines.Contains(line))
            {
                return true;
            }
        }

        return false;
    }
}
