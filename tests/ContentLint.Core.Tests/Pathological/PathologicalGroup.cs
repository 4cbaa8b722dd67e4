namespace ContentLint.Core.Tests.Pathological;

/// <summary>
/// The bounded-time checks run alone, after the other tests: their Stopwatch bound is about this code, not about
/// whatever else shares the two cores at the time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PathologicalGroup
{
    public const string Name = "Pathological files, one at a time";
}
