using ContentLint.Core.Config;

namespace ContentLint.Core.Sources;

/// <summary>
/// Decides whether a repository-relative path is content to scan, by the configuration's <c>include</c> and
/// <c>exclude</c> globs: what git modes use, since they list paths from the index or a commit instead of walking folders.
/// </summary>
public sealed class ContentPathSelector
{
    private readonly string _root;
    private readonly PathFilter _filter;

    /// <summary>A selector for paths relative to <paramref name="repositoryRoot"/>.</summary>
    public ContentPathSelector(string repositoryRoot, ContentLintConfig config)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryRoot);
        ArgumentNullException.ThrowIfNull(config);
        _root = Path.GetFullPath(repositoryRoot);
        _filter = new PathFilter(config);
    }

    /// <summary>True when <paramref name="relativePath"/> (with <c>/</c>) matches <c>include</c> and neither it nor a folder above it matches <c>exclude</c>.</summary>
    public bool Selects(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        return _filter.IsIncluded(full) && !_filter.IsExcluded(full, checkAncestors: true);
    }

    /// <summary>
    /// True when <paramref name="relativePath"/> lies under one of <paramref name="scopes"/> (full paths of files or
    /// folders, the PATH arguments), or when there are none.
    /// </summary>
    public bool IsWithin(string relativePath, IReadOnlyList<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(scopes);
        if (scopes.Count == 0)
        {
            return true;
        }

        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        return scopes.Any(scope =>
        {
            var relative = Path.GetRelativePath(Path.GetFullPath(scope), full);
            return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
        });
    }
}
