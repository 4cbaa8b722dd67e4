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
        && (config.Include.Any(glob => glob.IsMatch(relative)) || config.Images.Any(glob => glob.IsMatch(relative)));

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

    private string? RelativeToBase(string fullPath)
    {
        var relative = Path.GetRelativePath(_base, fullPath);
        if (relative == "." || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal)
            || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        return relative.Replace('\\', '/');
    }
}
