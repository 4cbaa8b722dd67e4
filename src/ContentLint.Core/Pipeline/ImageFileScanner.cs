using ContentLint.Core.Detection;
using ContentLint.Core.Fingerprints;
using ContentLint.Core.Images;
using ContentLint.Core.Model;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// An image's own findings, reported on the image at line 1, column 1 (a binary file has no better position, and
/// GitHub code scanning needs a start line). They take the allow lists, severities and fingerprints of page findings;
/// a capture date counts only when a scanned patient page shows the image, and a finding is a note when every scanned
/// page that shows the image has a valid consent covering it.
/// </summary>
internal sealed class ImageFileScanner(ScanOptions options, ImageLibrary? library, AllowListFilter allowList, Fingerprinter? fingerprinter)
{
    public FileScanResult Scan(string path, SiteSession session)
    {
        if (library?.Analyze(path) is not { } analysis)
        {
            return new FileScanResult(path, [Problem(ToolCodes.FileNotScanned, path, "file not found, not scanned")], Scanned: false);
        }

        var diagnostics = new List<Diagnostic>();
        if (analysis.Unreadable is { } unreadable)
        {
            diagnostics.Add(Problem(ToolCodes.FileNotScanned, path, unreadable));
        }
        else if (analysis.Partial is { } partial)
        {
            diagnostics.Add(Problem(ToolCodes.ParsedPartially, path, partial));
        }

        var uses = session.UsesOf(path);
        var seen = new HashSet<(string, string)>();
        var occurrences = new Dictionary<(string, string), int>();
        foreach (var fact in analysis.Facts)
        {
            if ((fact.RuleId == "PHI003" && !uses.Any(u => u.PatientPage))
                || options.Catalog.Find(fact.RuleId) is not { } rule
                || IsAllowed(fact)
                || SeverityPolicy.Resolve(rule, options.Config, fact.Confidence) is not { } severity
                || !seen.Add((rule.Id, fact.Tag)))
            {
                continue;
            }

            var covered = uses.Count > 0 && rule.Scope is { } scope && uses.All(u => u.CoveredScope.Contains(scope));
            var where = fact.Tag == ImageFileFacts.FileNameTag ? "image file name" : $"image metadata ({fact.Tag})";
            var occurrence = occurrences.GetValueOrDefault((rule.Id, fact.Value));
            occurrences[(rule.Id, fact.Value)] = occurrence + 1;
            diagnostics.Add(new Diagnostic(rule.Id, covered ? Severity.Note : severity, path, SourceRange.FileStart,
                $"{rule.Message}: {where}" + (covered ? " (covered by the consent of every page that shows it)" : string.Empty))
            {
                Fingerprint = fingerprinter?.Compute(rule.Id, path, fact.Value, occurrence),
                Confidence = fact.Confidence,
            });
        }

        diagnostics.Sort(DiagnosticOrder.Compare);
        return new FileScanResult(path, diagnostics, Scanned: analysis.Unreadable is null);
    }

    private bool IsAllowed(ImageFact fact)
    {
        var segment = new SegmentBuilder().AppendVerbatim(fact.Value, 0, fact.Value.Length).Build(RegionKind.Prose);
        return allowList.IsAllowed(new Candidate(fact.RuleId, segment, 0, fact.Value.Length, fact.Confidence));
    }

    private static Diagnostic Problem(string code, string path, string message) =>
        new(code, Severity.Warning, path, null, message);
}
