namespace ContentLint.Core.Suppression;

/// <summary>A suppression comment, read: its keyword, the valid rule IDs it names, its reason and its source span.</summary>
/// <param name="Keyword">What it does.</param>
/// <param name="RuleIds">The catalog IDs named (unknown ones are problems, not listed here).</param>
/// <param name="Reason">The justification after <c>--</c>, or null.</param>
/// <param name="Start">Source offset of the directive text.</param>
/// <param name="End">Source offset past the directive text.</param>
internal sealed record CommentDirective(DirectiveKeyword Keyword, IReadOnlyList<string> RuleIds, string? Reason, int Start, int End);
