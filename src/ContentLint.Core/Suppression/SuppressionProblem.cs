namespace ContentLint.Core.Suppression;

/// <summary>An invalid directive (no rule list, unknown rule ID, unknown keyword). The message never quotes the comment.</summary>
/// <param name="Start">Source offset of the fault.</param>
/// <param name="End">Source offset past it.</param>
/// <param name="Message">What is wrong, safe to print.</param>
/// <param name="Severity">An error for a directive that is broken; a warning for one that is no directive where it stands (in code).</param>
public sealed record SuppressionProblem(int Start, int End, string Message, Model.Severity Severity = Model.Severity.Error);
