namespace ContentLint.Core.Config;

/// <summary>The <c>consent:</c> section.</summary>
/// <param name="RequiredPaths">Pages whose path matches one of these globs need consent front matter.</param>
public sealed record ConsentOptions(IReadOnlyList<GlobPattern> RequiredPaths)
{
    /// <summary>No path requires consent by location alone.</summary>
    public static ConsentOptions Empty { get; } = new([]);
}
