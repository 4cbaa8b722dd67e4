namespace ContentLint.Core.Tests.Detection;

/// <summary>A finding a test expects: rule ID and span of the segment text.</summary>
internal sealed record ExpectedSpan(string RuleId, int Start, int Length)
{
    public override string ToString() => $"{RuleId}@{Start}+{Length}";
}
