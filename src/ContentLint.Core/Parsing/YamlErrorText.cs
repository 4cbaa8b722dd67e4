using YamlDotNet.Core;

namespace ContentLint.Core.Parsing;

/// <summary>Describes a YAML error without quoting the document: YamlDotNet messages can echo values (possible PHI).</summary>
internal static class YamlErrorText
{
    public static string Describe(Exception exception) => exception switch
    {
        SemanticErrorException semantic when semantic.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) => "duplicate key",
        YamlException => "not valid YAML here",
        _ => "invalid YAML structure",
    };
}
