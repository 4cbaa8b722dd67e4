using ContentLint.Core.Model;

namespace ContentLint.Core.Reporting;

/// <summary>A finding's confidence as the reports print it: <c>high</c>, <c>medium</c> or <c>low</c>.</summary>
public static class ConfidenceText
{
    /// <summary>
    /// The confidence of a finding. A finding built without one comes from a check that has no degrees (a missing
    /// policy page, a consent block's state), so it is as sure as a check can be: high.
    /// </summary>
    public static string Of(Diagnostic finding) => (finding.Confidence ?? Confidence.High) switch
    {
        Confidence.Low => "low",
        Confidence.Medium => "medium",
        _ => "high",
    };
}
