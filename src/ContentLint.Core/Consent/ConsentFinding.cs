using ContentLint.Core.Rules;

namespace ContentLint.Core.Consent;

/// <summary>A PHI finding as consent sees it: which rule, and whether it is a confident one.</summary>
internal sealed record ConsentFinding(RuleDefinition Rule, bool Confident);
