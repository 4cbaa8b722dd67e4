using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Web;

/// <summary>Reads one signature file of rules/web strictly: unknown keys, missing fields and bad patterns name the file and ID.</summary>
internal static class SignatureReader
{
    private static readonly string[] Keys = ["id", "name", "kind", "urls", "snippets", "text", "elements", "match", "noMatch"];

    public static IReadOnlyList<WebSignature> Read(string yaml, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            throw new InvalidDataException($"rules/web/{file} is not valid YAML: {e.Message}", e);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("signatures"), out var list) || list is not YamlSequenceNode sequence)
        {
            throw new InvalidDataException($"rules/web/{file} must be a mapping with a 'signatures' list.");
        }

        return [.. sequence.Select(node => ReadSignature(node as YamlMappingNode ?? throw Error(file, "?", "entry", "must be a mapping"), file))];
    }

    private static WebSignature ReadSignature(YamlMappingNode map, string file)
    {
        var id = Scalar(map, "id") ?? throw Error(file, "?", "id", "is required");
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!Keys.Contains(key.Value))
            {
                throw Error(file, id, key.Value ?? "?", "is not a known field");
            }
        }

        var kind = Scalar(map, "kind") ?? throw Error(file, id, "kind", "is required");
        if (!WebSignature.RuleOfKind.ContainsKey(kind))
        {
            throw Error(file, id, "kind", $"must be one of {string.Join(", ", WebSignature.RuleOfKind.Keys)}");
        }

        try
        {
            var signature = new WebSignature(
                id,
                Scalar(map, "name") ?? throw Error(file, id, "name", "is required"),
                kind,
                [.. Strings(map, "urls", file, id).Select(UrlPattern.Parse)],
                Strings(map, "snippets", file, id),
                Strings(map, "text", file, id),
                [.. Strings(map, "elements", file, id).Select(ElementMarker.Parse)],
                Strings(map, "match", file, id),
                Strings(map, "noMatch", file, id));
            if (signature.Urls.Count + signature.Snippets.Count + signature.Text.Count + signature.Elements.Count == 0)
            {
                throw Error(file, id, "urls", "a signature needs urls, snippets, text or elements");
            }

            return signature.Match.Count == 0 || signature.NoMatch.Count == 0
                ? throw Error(file, id, "match", "a signature needs match and noMatch samples")
                : signature;
        }
        catch (FormatException e)
        {
            throw Error(file, id, "pattern", e.Message);
        }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;

    private static string[] Strings(YamlMappingNode map, string key, string file, string id)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return [];
        }

        return node is YamlSequenceNode sequence
            ? [.. sequence.Select(item => item is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw Error(file, id, key, "must hold non-empty strings"))]
            : throw Error(file, id, key, "must be a list");
    }

    private static InvalidDataException Error(string file, string id, string field, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"rules/web/{file}, signature {id}: '{field}' {problem}."));
}
