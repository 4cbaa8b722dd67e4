namespace ContentLint.Core.Suppression;

/// <summary>
/// The suppressions and invalid directives of one file. Remembers which suppressions matched a finding, so the
/// unused ones can be reported. Not thread-safe: one set per file scan.
/// </summary>
public sealed class SuppressionSet
{
    private readonly bool[] _used;

    internal SuppressionSet(IReadOnlyList<InlineSuppression> suppressions, IReadOnlyList<SuppressionProblem> problems)
    {
        Suppressions = suppressions;
        Problems = problems;
        _used = new bool[suppressions.Count];
    }

    public IReadOnlyList<InlineSuppression> Suppressions { get; }

    public IReadOnlyList<SuppressionProblem> Problems { get; }

    /// <summary>Suppressions that have matched nothing so far.</summary>
    public IEnumerable<InlineSuppression> Unused => Suppressions.Where((_, i) => !_used[i]);

    /// <summary>
    /// The first suppression covering a finding of <paramref name="ruleId"/> at source offset <paramref name="offset"/>
    /// (its reason is the finding's justification), or null. Every covering suppression counts as used.
    /// </summary>
    public InlineSuppression? Suppress(string ruleId, int offset)
    {
        InlineSuppression? first = null;
        for (var i = 0; i < Suppressions.Count; i++)
        {
            if (Suppressions[i].Covers(ruleId, offset))
            {
                _used[i] = true;
                first ??= Suppressions[i];
            }
        }

        return first;
    }
}
