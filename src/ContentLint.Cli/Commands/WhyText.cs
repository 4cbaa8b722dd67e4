using ContentLint.Core.Model;

namespace ContentLint.Cli.Commands;

/// <summary>The words <c>contentlint why</c> prints for kinds, severities and confidences, the same in text and JSON.</summary>
internal static class WhyText
{
    /// <summary>The kind in lower case (<c>story</c>, <c>staff</c>, ...): the enum's names are the documented words.</summary>
    public static string Kind(PageKind kind) => kind.ToString().ToLowerInvariant();

    public static string Severity(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>As the JSON and SARIF reports print it (a finding without one is high).</summary>
    public static string Confidence(Diagnostic finding) => Core.Reporting.ConfidenceText.Of(finding);
}
