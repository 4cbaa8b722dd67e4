using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Config;

/// <summary>YAML scalar helpers shared by the configuration reader.</summary>
internal static class YamlValues
{
    /// <summary>True for an empty plain scalar, <c>~</c> or <c>null</c>: a key written without a value.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>What kind of node this is, for "expected X, found Y" messages (never the value itself).</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing",
        _ => "a single value",
    };
}
