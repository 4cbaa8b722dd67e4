namespace ContentLint.Core.Rules;

/// <summary>A rule's samples: documentation and tests at once.</summary>
/// <param name="Match">Sentences that must yield exactly the spans marked <c>{|...|}</c> under the rule.</param>
/// <param name="NoMatch">Sentences that must yield nothing under the rule.</param>
public sealed record RuleExamples(IReadOnlyList<string> Match, IReadOnlyList<string> NoMatch)
{
    /// <summary>No samples.</summary>
    public static RuleExamples None { get; } = new([], []);
}
