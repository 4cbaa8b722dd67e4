using System.Text.Encodings.Web;
using System.Text.Json;
using ContentLint.Core.Fingerprints;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Reporting;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and SARIF viewers (CONTRACT §4; docs/sarif.md). Findings become results; the
/// scan's own problems (CL codes) become tool execution notifications, so they never show up as code-scanning alerts.
/// </summary>
/// <param name="catalog">Every rule of the catalog goes into <c>tool.driver.rules</c>.</param>
/// <param name="failOn">Decides the exit code recorded in the invocation, as the scan itself will exit.</param>
/// <param name="repositoryRoot">The absolute root that <c>%SRCROOT%</c> stands for, or null to leave it to the consumer.</param>
public sealed class SarifReporter(RuleCatalog catalog, FailOn failOn, string? repositoryRoot = null) : IReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRootId = "%SRCROOT%";
    internal static readonly Uri InformationUri = new("https://github.com/contentlint/contentlint");

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(ScanReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var ruleIndexes = catalog.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.OrdinalIgnoreCase);
        using var piecewise = new JsonTextOutput(output, WriterOptions);
        var json = piecewise.Json;
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json);
        WriteInvocation(json, report);
        WriteOriginalUriBaseIds(json);
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var diagnostic in report.Diagnostics.Where(d => d.IsFinding))
        {
            WriteResult(json, diagnostic, ruleIndexes);
            piecewise.PassOnIfLarge();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();

        piecewise.Finish();
    }

    private void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "ContentLint");
        json.WriteString("version", ToolVersion.Current);
        json.WriteString("semanticVersion", ToolVersion.Current);
        json.WriteString("informationUri", InformationUri.AbsoluteUri);
        json.WriteStartArray("rules");
        foreach (var rule in catalog.Rules)
        {
            SarifRuleWriter.Write(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteInvocation(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.HadToolError);
        json.WriteNumber("exitCode", report.ExitCode(failOn));
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var diagnostic in report.Diagnostics.Where(d => !d.IsFinding))
        {
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("id", diagnostic.Code);
            json.WriteEndObject();
            json.WriteString("level", SarifLevel.Of(diagnostic.Severity));
            WriteMessage(json, diagnostic.Message);
            json.WriteStartArray("locations");
            WriteLocation(json, diagnostic);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private void WriteOriginalUriBaseIds(Utf8JsonWriter json)
    {
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootId);
        if (repositoryRoot is not null)
        {
            // SARIF wants an absolute URI ending in '/' here.
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(repositoryRoot)) + Path.DirectorySeparatorChar).AbsoluteUri);
        }

        json.WriteStartObject("description");
        json.WriteString("text", "The root of the scanned repository.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, Dictionary<string, int> ruleIndexes)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        if (ruleIndexes.TryGetValue(diagnostic.Code, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", SarifLevel.Of(diagnostic.Severity));
        WriteMessage(json, diagnostic.Message);
        json.WriteStartArray("locations");
        WriteLocation(json, diagnostic);
        json.WriteEndArray();
        if (diagnostic.Fingerprint is { } fingerprint)
        {
            json.WriteStartObject("partialFingerprints");
            json.WriteString(Fingerprinter.Version, fingerprint);
            json.WriteEndObject();
        }

        // A property bag (SARIF §3.8): how sure the finding is and why it was raised, for viewers and triage scripts.
        json.WriteStartObject("properties");
        json.WriteString("confidence", ConfidenceText.Of(diagnostic));
        if (diagnostic.Reason is { } reason)
        {
            json.WriteString("reason", reason);
        }

        if (diagnostic.Commit is { } commit)
        {
            json.WriteString("commit", commit);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", SarifUri.Relative(diagnostic.Path));
        json.WriteString("uriBaseId", SourceRootId);
        json.WriteEndObject();
        if (diagnostic.Range is { } range)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", range.StartLine);
            json.WriteNumber("startColumn", range.StartColumn);
            json.WriteNumber("endLine", range.EndLine);
            json.WriteNumber("endColumn", range.EndColumn);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
