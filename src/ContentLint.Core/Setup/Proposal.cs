namespace ContentLint.Core.Setup;

/// <summary>A value <c>init</c> proposes for the configuration, with why (for the "review" comment).</summary>
public sealed record Proposal(string Value, string Reason);
