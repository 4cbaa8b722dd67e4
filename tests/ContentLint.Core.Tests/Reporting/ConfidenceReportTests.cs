using System.Text.Json;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Reporting;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Reporting;

/// <summary>Every finding carries its confidence (and its reason when one is known) into the JSON and SARIF reports.</summary>
public sealed class ConfidenceReportTests
{
    private static readonly ScanReport Report = new(
        [
            new Diagnostic("PHI001", Severity.Warning, "a.md", new SourceRange(3, 1, 3, 9), "Possible name of a patient or relative: *** ***")
            {
                Confidence = Confidence.Low, Reason = "capitalised words after a relative word",
            },
            new Diagnostic("PHI004", Severity.Error, "a.md", new SourceRange(5, 12, 5, 24), "Possible telephone number in patient context: ***-***-****")
            {
                Confidence = Confidence.Medium, Commit = new string('a', 40),
            },
            new Diagnostic("CON001", Severity.Error, "a.md", new SourceRange(1, 1, 1, 1), "Page needs patient consent front matter and has none")
            {
                Confidence = Confidence.High, Reason = "patient-story page: path folder testimonials",
            },
            new Diagnostic("WEB006", Severity.Note, "index.md", SourceRange.FileStart, "The site has no privacy policy page: none found"),
            new Diagnostic(ToolCodes.ParsedPartially, Severity.Warning, "a.md", new SourceRange(2, 1, 2, 1), "scanned in part"),
        ],
        FilesScanned: 2,
        FilesNotScanned: 0,
        HadToolError: false);

    [Fact]
    public void Json_gives_every_finding_its_confidence_and_reason_and_tool_problems_neither()
    {
        var output = new StringWriter();

        new JsonReporter().Write(Report, output);

        using var json = JsonDocument.Parse(output.ToString());
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["low", "medium", "high", "high"], diagnostics.Take(4).Select(d => d.GetProperty("confidence").GetString()));
        Assert.Equal(
            ["capitalised words after a relative word", null, "patient-story page: path folder testimonials", null],
            diagnostics.Take(4).Select(d => d.TryGetProperty("reason", out var reason) ? reason.GetString() : null));
        Assert.False(diagnostics[4].TryGetProperty("confidence", out _));
        Assert.False(diagnostics[4].TryGetProperty("reason", out _));
    }

    [Fact]
    public void Sarif_puts_confidence_and_reason_in_each_results_properties_beside_the_commit()
    {
        var output = new StringWriter();

        new SarifReporter(RuleCatalog.Default, FailOn.Error).Write(Report, output);

        using var sarif = JsonDocument.Parse(output.ToString());
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["PHI001", "PHI004", "CON001", "WEB006"], results.Select(r => r.GetProperty("ruleId").GetString()));
        var properties = results.Select(r => r.GetProperty("properties")).ToList();
        Assert.Equal(["low", "medium", "high", "high"], properties.Select(p => p.GetProperty("confidence").GetString()));
        Assert.Equal("capitalised words after a relative word", properties[0].GetProperty("reason").GetString());
        Assert.False(properties[1].TryGetProperty("reason", out _));
        Assert.Equal(new string('a', 40), properties[1].GetProperty("commit").GetString());
        Assert.False(properties[0].TryGetProperty("commit", out _));
    }
}
