using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Config;

/// <summary>Strict, positioned reading of configuration nodes: every rejection names the line, column and key path.</summary>
internal sealed class ConfigNodeReader(string displayPath)
{
    public ConfigException Error(YamlNode node, string? key, string problem) =>
        new(displayPath, node.Start, key, problem);

    /// <summary>
    /// The entries of <paramref name="mapping"/>; a key outside <paramref name="allowedKeys"/> is an error naming the
    /// parent key, never the unknown one.
    /// </summary>
    public IEnumerable<(string Name, YamlScalarNode KeyNode, YamlNode Value, string Path)> Entries(
        YamlMappingNode mapping, string? parentPath, IReadOnlyCollection<string>? allowedKeys)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } name } scalarKey)
            {
                throw Error(keyNode, parentPath, "keys must be plain names");
            }

            // The position and the enclosing (known) key name an unknown key; its own text is never printed.
            if (allowedKeys is not null && !allowedKeys.Contains(name))
            {
                throw Error(keyNode, parentPath, KeySuggestion.UnknownKey(name, allowedKeys));
            }

            var path = parentPath is null ? name : $"{parentPath}.{name}";

            yield return (name, scalarKey, value, path);
        }
    }

    /// <summary>The mapping at <paramref name="path"/>, or null when the key has no value.</summary>
    public YamlMappingNode? Mapping(YamlNode value, string path) => value switch
    {
        YamlMappingNode mapping => mapping,
        YamlScalarNode scalar when YamlValues.IsNull(scalar) => null,
        _ => throw Error(value, path, $"expected a mapping, found {YamlValues.Describe(value)}"),
    };

    /// <summary>The strings of the list at <paramref name="path"/>, or null when the key has no value.</summary>
    public IReadOnlyList<(string Text, YamlNode Node, string Path)>? StringList(YamlNode value, string path)
    {
        if (value is YamlScalarNode scalar && YamlValues.IsNull(scalar))
        {
            return null;
        }

        if (value is not YamlSequenceNode sequence)
        {
            throw Error(value, path, $"expected a list, found {YamlValues.Describe(value)}");
        }

        var items = new List<(string, YamlNode, string)>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            var itemPath = $"{path}[{i}]";
            if (item is not YamlScalarNode itemScalar || YamlValues.IsNull(itemScalar))
            {
                throw Error(item, itemPath, $"expected a string, found {YamlValues.Describe(item)}");
            }

            if (string.IsNullOrWhiteSpace(itemScalar.Value))
            {
                throw Error(item, itemPath, "empty string");
            }

            items.Add((itemScalar.Value, item, itemPath));
        }

        return items;
    }

    /// <summary>The compiled globs of the list at <paramref name="path"/>, or null when the key has no value.</summary>
    public IReadOnlyList<GlobPattern>? GlobList(YamlNode value, string path) =>
        StringList(value, path)?.Select(item => GlobPattern.TryParse(item.Text, out var glob, out var error)
            ? glob
            : throw Error(item.Node, item.Path, error)).ToList();

    /// <summary>The compiled allow entries of the list at <paramref name="path"/>, or null when the key has no value.</summary>
    public IReadOnlyList<AllowPattern>? AllowList(YamlNode value, string path) =>
        StringList(value, path)?.Select(item => AllowPattern.TryParse(item.Text, out var allow, out var error)
            ? allow
            : throw Error(item.Node, item.Path, error)).ToList();

    /// <summary>The plain strings of the list at <paramref name="path"/>, or null when the key has no value.</summary>
    public IReadOnlyList<string>? Strings(YamlNode value, string path) =>
        StringList(value, path)?.Select(item => item.Text).ToList();

    /// <summary>The string at <paramref name="path"/>, or null when the key has no value.</summary>
    public string? String(YamlNode value, string path) => value switch
    {
        YamlScalarNode scalar when YamlValues.IsNull(scalar) => null,
        YamlScalarNode { Value: { } text } when !string.IsNullOrWhiteSpace(text) => text.Trim(),
        YamlScalarNode => throw Error(value, path, "empty string"),
        _ => throw Error(value, path, $"expected a string, found {YamlValues.Describe(value)}"),
    };
}
