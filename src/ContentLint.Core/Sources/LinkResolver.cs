using ContentLint.Core.Config;

namespace ContentLint.Core.Sources;

/// <summary>Resolves symbolic links by hand, component by component, so that loops end instead of recursing forever.</summary>
internal static class LinkResolver
{
    // Linux gives up after 40 links (ELOOP); so do we.
    private const int MaxLinks = 40;

    /// <summary>The path with every symbolic link resolved, or null when the links loop.</summary>
    public static string? RealPath(string fullPath)
    {
        var links = 0;
        return Resolve(PathText.Normalize(fullPath), ref links);
    }

    private static string? Resolve(string fullPath, ref int links)
    {
        var current = Path.GetPathRoot(fullPath) ?? string.Empty;
        var parts = fullPath[current.Length..].Split(
            [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }

                // A relative target is relative to the link's folder, which is already free of links here.
                var resolved = Resolve(Path.GetFullPath(target, current), ref links);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }

            current = next;
        }

        return current;
    }
}
