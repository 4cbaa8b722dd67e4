using System.Text.Json;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Reporting;

/// <summary>Writes one catalog rule as a SARIF <c>reportingDescriptor</c>.</summary>
internal static class SarifRuleWriter
{
    public static void Write(Utf8JsonWriter json, RuleDefinition rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalName(rule.Name));
        WriteText(json, "shortDescription", rule.Title);
        WriteText(json, "fullDescription", rule.Description.Trim());
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Description.Trim()}\n\nWhy it matters: {rule.Rationale.Trim()}\n\nHow to fix: {rule.Fix.Trim()}");
        json.WriteString("markdown", $"**{rule.Id}: {rule.Title}**\n\n{rule.Description.Trim()}\n\n## Why it matters\n\n{rule.Rationale.Trim()}\n\n## How to fix\n\n{rule.Fix.Trim()}\n\n[Rule reference]({rule.HelpUri.AbsoluteUri})");
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpUri.AbsoluteUri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", SarifLevel.Of(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("privacy");
        json.WriteStringValue(rule.SafeHarborItem is null ? "consent" : "phi");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    // SARIF viewers expect rule names in PascalCase (the multitool's SARIF2012); the catalog keeps kebab-case.
    private static string PascalName(string kebab) =>
        string.Concat(kebab.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
