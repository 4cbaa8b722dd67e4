using System.Collections.Frozen;

namespace ContentLint.Core.Rules;

/// <summary>The rules ContentLint knows, read from the catalog embedded in this assembly (rules/catalog.yml).</summary>
public sealed class RuleCatalog
{
    internal const string ResourceName = "ContentLint.rules.catalog.yml";

    private static readonly Lazy<RuleCatalog> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, RuleDefinition> _byId;

    internal RuleCatalog(IReadOnlyList<RuleDefinition> rules)
    {
        Rules = rules;
        _byId = rules.ToFrozenDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        Ids = rules.Select(r => r.Id).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in catalog, loaded once on first use.</summary>
    public static RuleCatalog Default => LazyDefault.Value;

    /// <summary>Every rule, in catalog order.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Every rule ID (compared case-insensitively).</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>The rule with <paramref name="id"/> (case-insensitive), or null.</summary>
    public RuleDefinition? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>Reads a catalog from YAML text.</summary>
    /// <exception cref="InvalidDataException">The text is not a valid catalog; the message names the rule and field.</exception>
    public static RuleCatalog Parse(string yaml) => new(RuleCatalogReader.Read(yaml));

    private static RuleCatalog LoadEmbedded()
    {
        using var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from ContentLint.Core.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
