namespace ContentLint.Core.Consent;

/// <summary>What consent decided for a page: its CON diagnostics and which PHI rules a valid consent covers.</summary>
/// <param name="Diagnostics">CON findings: rule ID, source offset of the key at fault (0 = line 1), message detail.</param>
/// <param name="CoveredScope">Scope words of a valid, current consent; empty otherwise.</param>
internal sealed record ConsentVerdict(IReadOnlyList<(string RuleId, int Offset, string Detail)> Diagnostics, IReadOnlySet<string> CoveredScope)
{
    public bool Covers(string? scopeWord) => scopeWord is not null && CoveredScope.Contains(scopeWord);
}
