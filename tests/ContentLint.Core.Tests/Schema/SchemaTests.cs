using System.Text.Json;
using ContentLint.Core.Config;
using ContentLint.Core.Consent;
using ContentLint.Core.Tests.Rules;

namespace ContentLint.Core.Tests.Schema;

/// <summary>The published JSON Schemas accept exactly what the validators accept.</summary>
public sealed class SchemaTests
{
    private static JsonElement Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf($"rules/schema/{name}"))).RootElement;

    private static string[] Keys(JsonElement schemaObject) =>
        [.. schemaObject.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static string[] Sorted(IEnumerable<string> values) => [.. values.Order(StringComparer.Ordinal)];

    [Fact]
    public void Configuration_schema_has_exactly_the_keys_the_loader_accepts()
    {
        var schema = Load("contentlint.schema.json");
        var properties = schema.GetProperty("properties");

        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(Sorted(ConfigBinder.TopLevelKeys), Keys(schema));
        Assert.Equal(Sorted(ConfigBinder.OrganizationKeys), Keys(properties.GetProperty("organization")));
        Assert.Equal(Sorted(ConfigBinder.ConsentKeys), Keys(properties.GetProperty("consent")));
        Assert.Equal(Sorted(ConfigBinder.WebKeys), Keys(properties.GetProperty("web")));
    }

    [Fact]
    public void Configuration_schema_rule_ids_are_the_catalog_ids()
    {
        var pattern = Load("contentlint.schema.json").GetProperty("properties").GetProperty("rules")
            .GetProperty("propertyNames").GetProperty("pattern").GetString()!;

        Assert.All(ContentLint.Core.Rules.RuleCatalog.Default.Ids, id => Assert.Matches(pattern, id));
        Assert.DoesNotMatch(pattern, "WEB008");
        Assert.DoesNotMatch(pattern, "PHI019");
    }

    [Fact]
    public void Configuration_schema_defaults_are_the_loader_defaults()
    {
        var properties = Load("contentlint.schema.json").GetProperty("properties");
        static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

        Assert.Equal(ContentLintConfig.DefaultImagePatterns, Strings(properties.GetProperty("images").GetProperty("default")));
        Assert.Equal(WebOptions.DefaultPatientPagePatterns,
            Strings(properties.GetProperty("web").GetProperty("properties").GetProperty("patient_pages").GetProperty("default")));
    }

    [Fact]
    public void Configuration_schema_severities_are_the_config_severities()
    {
        var severities = Load("contentlint.schema.json").GetProperty("properties").GetProperty("rules")
            .GetProperty("additionalProperties").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);

        Assert.Equal(Sorted(Enum.GetNames<RuleSeverity>().Select(n => n.ToLowerInvariant())), Sorted(severities));
    }

    [Fact]
    public void Consent_schema_has_the_reader_keys_and_scope_words()
    {
        var consent = Load("consent.schema.json").GetProperty("properties").GetProperty("consent");
        var scopeWords = consent.GetProperty("properties").GetProperty("scope").GetProperty("items").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!);

        Assert.Equal(Sorted(ConsentBlockReader.Keys), Keys(consent));
        Assert.Equal(Sorted(ConsentScope.Words), Sorted(scopeWords));
    }
}
