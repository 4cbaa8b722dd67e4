using YamlDotNet.Core;

namespace ContentLint.Core.Parsing;

/// <summary>Describes a YAML error without quoting the document: YamlDotNet messages can echo values (possible PHI).</summary>
internal static class YamlErrorText
{
    public static string Describe(Exception exception) => exception switch
    {
        SyntaxErrorException => "syntax error",
        SemanticErrorException => "semantic error (e.g. a duplicate key or an undefined alias)",
        YamlException => "invalid YAML",
        _ => "invalid YAML structure",
    };
}
