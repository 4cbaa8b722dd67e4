namespace ContentLint.Core.Suppression;

/// <summary>
/// One rule suppressed by one directive. A directive naming two rules gives two suppressions, so an unused one can be
/// reported by rule.
/// </summary>
/// <param name="Kind">How it was written.</param>
/// <param name="RuleId">The catalog's rule ID.</param>
/// <param name="Reason">The text after <c>--</c> (the justification), or null. Kept for reports, never scanned as a directive.</param>
/// <param name="DirectiveStart">Source offset of the directive (where an unused note points).</param>
/// <param name="DirectiveEnd">Source offset just past the directive text.</param>
/// <param name="CoverStart">First source offset a finding may start at to be suppressed.</param>
/// <param name="CoverEnd">Source offset past the last one.</param>
public sealed record InlineSuppression(SuppressionKind Kind, string RuleId, string? Reason, int DirectiveStart, int DirectiveEnd, int CoverStart, int CoverEnd)
{
    /// <summary>True when a finding of <paramref name="ruleId"/> starting at <paramref name="offset"/> is covered.</summary>
    public bool Covers(string ruleId, int offset) =>
        string.Equals(RuleId, ruleId, StringComparison.OrdinalIgnoreCase) && offset >= CoverStart && offset < CoverEnd;
}
