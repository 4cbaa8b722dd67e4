namespace ContentLint.Core.Detection.Identifiers;

/// <summary>What a caption word ("MRN", "member ID", "plate") announces: the rule and the check its value must pass.</summary>
internal readonly record struct LabelEntry(string RuleId, ValueCheck Check);
