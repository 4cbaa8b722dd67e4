using System.Text.Encodings.Web;
using System.Text.Json;
using ContentLint.Core.Model;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint why --format json</c>: the same explanation as the text, as one JSON object (docs/why.md).</summary>
internal static class WhyJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(WhyExplanation why, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("path", why.Result.Path);
            json.WriteBoolean("selected", why.Selected);
            if (why.Line is { } line)
            {
                json.WriteNumber("line", line);
            }
            else
            {
                json.WriteNull("line");
            }

            json.WriteStartObject("page");
            json.WriteString("kind", WhyText.Kind(why.Profile.Kind));
            json.WriteString("evidence", why.Profile.Evidence);
            json.WriteString("language", why.Profile.Language);
            json.WriteNumber("siteStaff", why.Profile.Site.StaffCount);
            json.WriteNumber("siteContactDetails", why.Profile.Site.ContactCount);
            json.WriteEndObject();
            WriteDiagnostics(json, "findings", why, why.Findings);
            WriteDiagnostics(json, "problems", why, why.Problems);
            json.WriteStartObject("consent");
            WriteDiagnostics(json, "findings", why, why.Consent);
            json.WriteStartArray("coveredScope");
            foreach (var scope in why.Result.ConsentScope.Order(StringComparer.Ordinal))
            {
                json.WriteStringValue(scope);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, string name, WhyExplanation why, IReadOnlyList<Diagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Code);
            if (diagnostic.IsFinding)
            {
                json.WriteString("title", why.Title(diagnostic));
            }

            json.WriteString("severity", WhyText.Severity(diagnostic.Severity));
            if (diagnostic.Range is { } range)
            {
                json.WriteNumber("line", range.StartLine);
                json.WriteNumber("column", range.StartColumn);
            }

            if (diagnostic.IsFinding)
            {
                json.WriteString("confidence", WhyText.Confidence(diagnostic));
                json.WriteString("reason", why.Reason(diagnostic));
            }

            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
