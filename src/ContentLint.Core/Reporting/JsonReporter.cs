using System.Text.Encodings.Web;
using System.Text.Json;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Reporting;

/// <summary>The JSON report; its schema is documented in docs/json-format.md and versioned by <see cref="SchemaVersion"/>.</summary>
public sealed class JsonReporter : IReporter
{
    /// <summary>Bumped on any incompatible change to the shape below.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(ScanReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var piecewise = new JsonTextOutput(output, WriterOptions);
        var json = piecewise.Json;
        json.WriteStartObject();
        json.WriteNumber("version", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", "contentlint");
        json.WriteString("version", ToolVersion.Current);
        json.WriteEndObject();
        json.WriteStartObject("summary");
        json.WriteNumber("filesScanned", report.FilesScanned);
        json.WriteNumber("filesNotScanned", report.FilesNotScanned);
        json.WriteNumber("errors", report.Count(Severity.Error));
        json.WriteNumber("warnings", report.Count(Severity.Warning));
        json.WriteNumber("notes", report.Count(Severity.Note));
        json.WriteEndObject();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
            piecewise.PassOnIfLarge();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        piecewise.Finish();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteString("kind", diagnostic.IsFinding ? "finding" : "problem");
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        if (diagnostic.IsFinding)
        {
            json.WriteString("confidence", ConfidenceText.Of(diagnostic));
        }

        json.WriteString("path", diagnostic.Path);
        if (diagnostic.Range is { } range)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", range.StartLine);
            json.WriteNumber("startColumn", range.StartColumn);
            json.WriteNumber("endLine", range.EndLine);
            json.WriteNumber("endColumn", range.EndColumn);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("region");
        }

        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Reason is { } reason)
        {
            json.WriteString("reason", reason);
        }

        if (diagnostic.Commit is { } commit)
        {
            json.WriteString("commit", commit);
        }

        json.WriteEndObject();
    }
}
