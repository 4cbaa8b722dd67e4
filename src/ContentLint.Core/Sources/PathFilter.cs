using ContentLint.Core.Config;

namespace ContentLint.Core.Sources;

/// <summary>Applies the configuration's <c>include</c> and <c>exclude</c> globs, relative to its base folder.</summary>
internal sealed class PathFilter(ContentLintConfig config)
{
    private readonly string _base = Path.GetFullPath(config.BaseDirectory);

    /// <summary>
    /// True when an <c>include</c> glob, or an <c>images</c> glob (image metadata is scanned too), matches the file.
    /// Files outside the base folder are never included.
    /// </summary>
    public bool IsIncluded(string fullPath) =>
        RelativeToBase(fullPath) is { } relative
        && (config.Include.Any(glob => glob.IsMatch(relative)) || config.Images.Any(glob => glob.IsMatch(relative)))
        && !IsOwnConfiguration(fullPath, relative);

    /// <summary>
    /// The tool's own configuration (<c>.contentlint.yml</c>, or the file given with <c>--config</c>) is never content,
    /// whatever <c>include</c> says: it names staff and reviewers on purpose.
    /// </summary>
    private bool IsOwnConfiguration(string fullPath, string relative)
    {
        var name = relative[(relative.LastIndexOf('/') + 1)..];
        return ConfigLoader.FileNames.Contains(name, StringComparer.Ordinal)
            || (config.FullPath is { } own && string.Equals(Path.GetFullPath(fullPath), own, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when an <c>exclude</c> glob matches the path or, when <paramref name="checkAncestors"/>, one of the folders
    /// above it (within the base folder): excluding a folder excludes what it holds.
    /// </summary>
    public bool IsExcluded(string fullPath, bool checkAncestors)
    {
        if (RelativeToBase(fullPath) is not { } relative)
        {
            return false;
        }

        if (Matches(relative))
        {
            return true;
        }

        for (var slash = relative.IndexOf('/', StringComparison.Ordinal); checkAncestors && slash >= 0; slash = relative.IndexOf('/', slash + 1))
        {
            if (Matches(relative[..slash]))
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(string relative) => config.Exclude.Any(glob => glob.IsMatch(relative));

    private string? RelativeToBase(string fullPath) => RelativeTo(_base, fullPath);

    /// <summary>The '/'-separated path of <paramref name="fullPath"/> below <paramref name="basePath"/> (full), or null when it is not below it.</summary>
    internal static string? RelativeTo(string basePath, string fullPath)
    {
        // The walk asks for every entry, with a clean path below the base: GetRelativePath normalizes both paths
        // again, which cost as much as the glob matching itself.
        if (PathText.TryRelativeByPrefix(basePath, fullPath, out var below))
        {
            return below;
        }

        var relative = Path.GetRelativePath(basePath, fullPath);
        if (relative == "." || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal)
            || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        return relative.Replace('\\', '/');
    }
}
