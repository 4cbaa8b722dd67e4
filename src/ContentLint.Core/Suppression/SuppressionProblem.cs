namespace ContentLint.Core.Suppression;

/// <summary>An invalid directive (no rule list, unknown rule ID, unknown keyword). The message never quotes the comment.</summary>
/// <param name="Start">Source offset of the fault.</param>
/// <param name="End">Source offset past it.</param>
/// <param name="Message">What is wrong, safe to print.</param>
public sealed record SuppressionProblem(int Start, int End, string Message);
