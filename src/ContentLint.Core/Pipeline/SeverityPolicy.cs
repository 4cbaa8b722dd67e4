using ContentLint.Core.Config;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Pipeline;

/// <summary>The effective severity of a finding: catalog default, then <c>rules:</c> in the configuration, then confidence.</summary>
internal static class SeverityPolicy
{
    /// <summary>The severity to report, or null when the rule is turned off.</summary>
    public static Severity? Resolve(RuleDefinition rule, ContentLintConfig config, Confidence confidence)
    {
        var severity = config.SeverityFor(rule.Id) switch
        {
            RuleSeverity.Off => (Severity?)null,
            RuleSeverity.Note => Severity.Note,
            RuleSeverity.Warning => Severity.Warning,
            RuleSeverity.Error => Severity.Error,
            _ => rule.DefaultSeverity,
        };

        // A guess is reported one step lower than a near-certain match, so "fail on error" blocks on the latter only.
        if (severity is { } level && confidence == Confidence.Low && level > Severity.Note)
        {
            severity = level - 1;
        }

        return severity;
    }
}
