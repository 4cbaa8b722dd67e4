using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Config;

/// <summary>Binds the root mapping of a configuration file onto <see cref="ContentLintConfig"/>, strictly.</summary>
internal sealed class ConfigBinder(ConfigNodeReader reader, IReadOnlySet<string> knownRuleIds)
{
    internal static readonly string[] TopLevelKeys =
        ["include", "exclude", "organization", "staff", "privacy_reviewers", "consent", "allow", "rules", "processors", "web", "images"];

    internal static readonly string[] OrganizationKeys = ["names", "phones", "faxes", "emails", "addresses", "domains"];

    internal static readonly string[] ConsentKeys = ["required_paths"];

    internal static readonly string[] WebKeys = ["patient_pages", "policy_page"];

    public ContentLintConfig Bind(YamlMappingNode root, ContentLintConfig config)
    {
        foreach (var (name, _, value, path) in reader.Entries(root, null, TopLevelKeys))
        {
            config = name switch
            {
                "include" => config with { Include = NonEmpty(reader.GlobList(value, path), value, path) ?? config.Include },
                "exclude" => config with { Exclude = reader.GlobList(value, path) ?? config.Exclude },
                "organization" => config with { Organization = BindOrganization(value, path) },
                "staff" => config with { Staff = reader.Strings(value, path) ?? config.Staff },
                "privacy_reviewers" => config with { PrivacyReviewers = reader.Strings(value, path) ?? config.PrivacyReviewers },
                "consent" => config with { Consent = BindConsent(value, path) },
                "allow" => config with { Allow = reader.AllowList(value, path) ?? config.Allow },
                "processors" => config with { Processors = ProcessorHosts.Bind(reader, value, path) ?? config.Processors },
                "web" => config with { Web = BindWeb(value, path) },
                "images" => config with { Images = reader.GlobList(value, path) ?? config.Images },
                _ => config with { RuleSeverities = BindRules(value, path) },
            };
        }

        return config;
    }

    private IReadOnlyList<GlobPattern>? NonEmpty(IReadOnlyList<GlobPattern>? globs, YamlNode value, string path) =>
        globs is { Count: 0 } ? throw reader.Error(value, path, "the list is empty, so nothing would be scanned") : globs;

    private OrganizationOptions BindOrganization(YamlNode value, string path)
    {
        var organization = OrganizationOptions.Empty;
        if (reader.Mapping(value, path) is not { } mapping)
        {
            return organization;
        }

        foreach (var (name, _, item, itemPath) in reader.Entries(mapping, path, OrganizationKeys))
        {
            var strings = reader.Strings(item, itemPath) ?? [];
            organization = name switch
            {
                "names" => organization with { Names = strings },
                "phones" => organization with { Phones = strings },
                "faxes" => organization with { Faxes = strings },
                "emails" => organization with { Emails = strings },
                "addresses" => organization with { Addresses = strings },
                _ => organization with { Domains = strings },
            };
        }

        return organization;
    }

    private ConsentOptions BindConsent(YamlNode value, string path)
    {
        var consent = ConsentOptions.Empty;
        if (reader.Mapping(value, path) is not { } mapping)
        {
            return consent;
        }

        foreach (var (_, _, item, itemPath) in reader.Entries(mapping, path, ConsentKeys))
        {
            consent = consent with { RequiredPaths = reader.GlobList(item, itemPath) ?? [] };
        }

        return consent;
    }

    private WebOptions BindWeb(YamlNode value, string path)
    {
        var web = WebOptions.Default;
        if (reader.Mapping(value, path) is not { } mapping)
        {
            return web;
        }

        foreach (var (name, _, item, itemPath) in reader.Entries(mapping, path, WebKeys))
        {
            web = name switch
            {
                "patient_pages" => web with { PatientPages = reader.GlobList(item, itemPath) ?? web.PatientPages },
                _ => web with { PolicyPage = reader.String(item, itemPath) },
            };
        }

        return web;
    }

    private Dictionary<string, RuleSeverity> BindRules(YamlNode value, string path)
    {
        var severities = new Dictionary<string, RuleSeverity>(StringComparer.Ordinal);
        if (reader.Mapping(value, path) is not { } mapping)
        {
            return severities;
        }

        foreach (var (ruleId, keyNode, item, itemPath) in reader.Entries(mapping, path, allowedKeys: null))
        {
            if (!knownRuleIds.Contains(ruleId))
            {
                // Only a known rule ID is ever printed (see KeySuggestion).
                var suggestion = KeySuggestion.Nearest(ruleId, knownRuleIds, maxDistance: 1) is { } known ? $"did you mean '{known}'? " : string.Empty;
                throw reader.Error(keyNode, path, $"unknown rule ID ({suggestion}see 'contentlint rules')");
            }

            severities[ruleId] = ParseSeverity(item)
                ?? throw reader.Error(item, itemPath, "invalid severity (expected error, warning, note or off)");
        }

        return severities;
    }

    private static RuleSeverity? ParseSeverity(YamlNode node) =>
        node is not YamlScalarNode { Value: { } text } ? null : text.ToUpperInvariant() switch
        {
            "ERROR" => RuleSeverity.Error,
            "WARNING" => RuleSeverity.Warning,
            "NOTE" => RuleSeverity.Note,
            "OFF" => RuleSeverity.Off,
            _ => null,
        };
}
