using System.Globalization;
using System.Text.RegularExpressions;
using ContentLint.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Rules;

/// <summary>
/// Turns catalog YAML into <see cref="RuleDefinition"/>s. It reads the representation model by hand instead of
/// deserializing into classes, so the tool stays trimming- and AOT-friendly and every error names rule and field.
/// </summary>
internal static partial class RuleCatalogReader
{
    private static readonly string[] ScopeWords = ["name", "location", "date", "contact", "id", "photo"];

    public static IReadOnlyList<RuleDefinition> Read(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            throw new InvalidDataException($"Rule catalog is not valid YAML: {e.Message}", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidDataException("Rule catalog must be a mapping with a 'rules' list.");
        }

        if (Child(root, "rules") is not YamlSequenceNode list)
        {
            throw new InvalidDataException("Rule catalog has no 'rules' list.");
        }

        var rules = new List<RuleDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in list)
        {
            var rule = ReadRule(node as YamlMappingNode ?? throw Error("?", "entry", "must be a mapping"));
            if (!seen.Add(rule.Id))
            {
                throw Error(rule.Id, "id", "is used twice");
            }

            rules.Add(rule);
        }

        return rules;
    }

    private static RuleDefinition ReadRule(YamlMappingNode map)
    {
        var id = Required(map, "?", "id");
        if (!IdPattern().IsMatch(id))
        {
            throw Error(id, "id", "must be three upper-case letters and three digits");
        }

        var name = Required(map, id, "name");
        if (!NamePattern().IsMatch(name))
        {
            throw Error(id, "name", "must be kebab-case");
        }

        var scope = Optional(map, "scope");
        if (scope is not null && !ScopeWords.Contains(scope))
        {
            throw Error(id, "scope", $"must be one of {string.Join(", ", ScopeWords)}");
        }

        var implemented = Optional(map, "implemented") switch
        {
            "true" => true,
            "false" or null => false,
            _ => throw Error(id, "implemented", "must be true or false"),
        };

        var detector = Optional(map, "detector");
        if (implemented && detector is null)
        {
            throw Error(id, "detector", "is required when the rule is implemented");
        }

        return new RuleDefinition(
            id,
            name,
            Required(map, id, "identifier"),
            Optional(map, "safeHarborItem"),
            Required(map, id, "title"),
            ReadSeverity(map, id),
            Optional(map, "severityReason"),
            Required(map, id, "message"),
            Required(map, id, "description"),
            Required(map, id, "rationale"),
            Required(map, id, "fix"),
            scope,
            ReadHelpUri(map, id),
            implemented,
            detector,
            ReadData(map, id),
            ReadExamples(map, id));
    }

    private static Severity ReadSeverity(YamlMappingNode map, string id) => Required(map, id, "severity") switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "note" => Severity.Note,
        _ => throw Error(id, "severity", "must be error, warning or note"),
    };

    private static Uri ReadHelpUri(YamlMappingNode map, string id)
    {
        var text = Required(map, id, "helpUri");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw Error(id, "helpUri", "must be an absolute https URI");
        }

        return uri;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadData(YamlMappingNode map, string id)
    {
        var data = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (Child(map, "data") is not { } node)
        {
            return data;
        }

        if (node is not YamlMappingNode lists)
        {
            throw Error(id, "data", "must be a mapping of word lists");
        }

        foreach (var (key, value) in lists.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            data[name] = ReadStrings(value, id, "data." + name);
        }

        return data;
    }

    private static RuleExamples ReadExamples(YamlMappingNode map, string id)
    {
        if (Child(map, "examples") is not { } node)
        {
            return RuleExamples.None;
        }

        if (node is not YamlMappingNode examples)
        {
            throw Error(id, "examples", "must be a mapping with 'match' and 'noMatch' lists");
        }

        var match = Child(examples, "match") is { } m ? ReadStrings(m, id, "examples.match") : [];
        var noMatch = Child(examples, "noMatch") is { } n ? ReadStrings(n, id, "examples.noMatch") : [];
        return new RuleExamples(match, noMatch);
    }

    private static string[] ReadStrings(YamlNode node, string id, string field)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw Error(id, field, "must be a list of strings");
        }

        return [.. sequence.Select(item => item is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw Error(id, field, "must hold non-empty strings only"))];
    }

    private static string Required(YamlMappingNode map, string id, string key) =>
        Optional(map, key) ?? throw Error(id, key, "is required");

    private static string? Optional(YamlMappingNode map, string key) => Child(map, key) switch
    {
        null => null,
        YamlScalarNode { Value: { } value } when !string.IsNullOrWhiteSpace(value) => value.Trim(),
        YamlScalarNode => null,
        _ => throw Error("?", key, "must be a scalar"),
    };

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static InvalidDataException Error(string id, string field, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Rule catalog entry {id}: '{field}' {problem}."));

    [GeneratedRegex("^[A-Z]{3}[0-9]{3}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
