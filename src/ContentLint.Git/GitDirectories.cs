namespace ContentLint.Git;

/// <summary>Folders inside a repository's git directory that libgit2 does not name for us.</summary>
internal static class GitDirectories
{
    /// <summary>
    /// The common git directory, which holds hooks and the <c>shallow</c> file for every linked worktree: a linked
    /// worktree's git directory names it in its <c>commondir</c> file.
    /// </summary>
    public static string Common(string gitDirectory)
    {
        var commonDirFile = Path.Combine(gitDirectory, "commondir");
        if (!File.Exists(commonDirFile))
        {
            return Path.TrimEndingDirectorySeparator(gitDirectory);
        }

        var relative = File.ReadAllText(commonDirFile).Trim();
        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(relative, gitDirectory));
    }

    /// <summary>
    /// The nearest folder at or above <paramref name="folder"/> that is a bare repository's git directory (it holds
    /// <c>HEAD</c>, <c>objects</c> and <c>refs</c>), or null.
    /// </summary>
    public static string? FindBare(string folder)
    {
        for (var dir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "HEAD")) && Directory.Exists(Path.Combine(dir, "objects")) && Directory.Exists(Path.Combine(dir, "refs")))
            {
                return dir;
            }
        }

        return null;
    }
}
