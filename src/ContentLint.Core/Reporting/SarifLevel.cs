using ContentLint.Core.Model;

namespace ContentLint.Core.Reporting;

/// <summary>SARIF's <c>level</c> values for ContentLint severities.</summary>
internal static class SarifLevel
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
