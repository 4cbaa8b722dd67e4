using System.Text.Json;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Reporting;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Reporting;

/// <summary>The JSON and SARIF reports are written in pieces (JsonTextOutput); the pieces make one document.</summary>
public sealed class PiecewiseReportTests
{
    // Far more than one piece of output, with multi-byte text in paths and messages on both sides of every boundary.
    private static readonly List<Diagnostic> ManyFindings = Enumerable.Range(1, 5_000)
        .Select(i => new Diagnostic("PHI004", Severity.Error, $"content/rés-{i:D5}.md", new SourceRange(i, 3, i, 15), "Possible telephone number in patient context: ***-***-**** — näher"))
        .ToList();

    [Fact]
    public void A_report_written_in_pieces_is_one_json_document_with_every_diagnostic_in_order()
    {
        var diagnostics = ManyFindings;
        var output = new StringWriter();

        new JsonReporter().Write(new ScanReport(diagnostics, FilesScanned: 5_000, FilesNotScanned: 0, HadToolError: false), output);

        var text = output.ToString();
        Assert.EndsWith("}" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.True(text.Length > 1_000_000, $"the report is {text.Length} characters: too short to need pieces");
        using var report = JsonDocument.Parse(text);
        var written = report.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(5_000, report.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(diagnostics.Select(d => d.Path), written.Select(d => d.GetProperty("path").GetString()));
        Assert.Equal(diagnostics.Select(d => d.Range!.Value.StartLine), written.Select(d => d.GetProperty("region").GetProperty("startLine").GetInt32()));
        Assert.All(written, d => Assert.Equal(diagnostics[0].Message, d.GetProperty("message").GetString()));
    }

    [Fact]
    public void A_sarif_log_written_in_pieces_is_one_json_document_with_every_result_in_order()
    {
        var output = new StringWriter();

        new SarifReporter(RuleCatalog.Default, FailOn.Error).Write(new ScanReport(ManyFindings, FilesScanned: 5_000, FilesNotScanned: 0, HadToolError: false), output);

        var text = output.ToString();
        Assert.True(text.Length > 1_000_000, $"the log is {text.Length} characters: too short to need pieces");
        using var log = JsonDocument.Parse(text);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(
            ManyFindings.Select(d => d.Path),
            results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!).Select(Uri.UnescapeDataString));
    }
}
