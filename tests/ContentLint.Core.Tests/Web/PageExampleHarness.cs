using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.Detection;

namespace ContentLint.Core.Tests.Web;

/// <summary>
/// Runs a whole-page sample through the real scanner, as the catalog's WEB comment describes: the page is
/// content/page.md (content/page.html when its body starts with &lt;!DOCTYPE or &lt;html), the configuration names
/// clinic.example as the practice's domain and secure-forms.example as a processor, and the scan is a whole-site scan
/// of that one page. Findings come back as spans of the sample text.
/// </summary>
internal static class PageExampleHarness
{
    private static readonly IReadOnlyList<IDetector> Detectors = DetectorRegistry.CreateAll(RuleCatalog.Default);

    public static ContentLintConfig Config { get; } = ConfigLoader.Parse(
        "organization:\n  domains: [clinic.example]\nstaff: [\"Dr. Maria Lopez\"]\nprocessors: [secure-forms.example]\n",
        "example.yml", Path.GetTempPath(), RuleCatalog.Default.Ids) with { SourcePath = null };

    public static (IReadOnlyList<ExpectedSpan> Expected, IReadOnlyList<ExpectedSpan> Actual) Compare(string marked, string ruleId)
    {
        var (text, expected) = SpanMarkers.Parse(marked, ruleId);
        var diagnostics = Scan(text, Config);
        var actual = diagnostics
            .Where(d => d.Range is not null)
            .Select(d => (d.Code, Start: Offset(text, d.Range!.Value.StartLine, d.Range.Value.StartColumn), End: Offset(text, d.Range.Value.EndLine, d.Range.Value.EndColumn)))
            .Select(d => new ExpectedSpan(d.Code, d.Start, d.End - d.Start))
            .OrderBy(s => s.Start).ThenBy(s => s.RuleId, StringComparer.Ordinal)
            .ToList();
        return (expected, actual);
    }

    /// <summary>Every diagnostic of a whole-site scan of the one page <paramref name="text"/>.</summary>
    public static IReadOnlyList<Diagnostic> Scan(string text, ContentLintConfig config, string? path = null)
    {
        path ??= PathFor(text);
        var scanner = new Scanner(new ScanOptions(config, RuleCatalog.Default), Detectors);
        var report = ScanRunner.Run(scanner, [new SourceFile(path, text)], ScanInput.Readable, wholeSite: true);
        return report.Diagnostics;
    }

    private static string PathFor(string text)
    {
        var body = text;
        if (body.StartsWith("---\n", StringComparison.Ordinal) && body.IndexOf("\n---\n", 3, StringComparison.Ordinal) is var close and >= 0)
        {
            body = body[(close + 5)..];
        }

        body = body.TrimStart();
        return body.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || body.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? "content/page.html"
            : "content/page.md";
    }

    /// <summary>The offset of a 1-based line and UTF-16 column in <paramref name="text"/>.</summary>
    private static int Offset(string text, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line; l++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + column - 1;
    }
}
