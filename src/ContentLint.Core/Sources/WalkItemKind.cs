namespace ContentLint.Core.Sources;

/// <summary>What a <see cref="WalkItem"/> reports.</summary>
public enum WalkItemKind
{
    /// <summary>A file to scan.</summary>
    File,

    /// <summary>Something in the tree that could not be scanned (a diagnostic; the walk goes on).</summary>
    Problem,

    /// <summary>A PATH argument that does not exist or lies outside the repository: a usage error (exit code 2).</summary>
    InvalidArgument,
}
