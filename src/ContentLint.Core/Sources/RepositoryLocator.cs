namespace ContentLint.Core.Sources;

/// <summary>Finds the root of the git working tree that holds a folder.</summary>
public static class RepositoryLocator
{
    /// <summary>
    /// The nearest folder at or above <paramref name="startDirectory"/> that holds <c>.git</c> (a folder, or a file in
    /// linked worktrees and submodules), or null outside any repository.
    /// </summary>
    public static string? FindRoot(string startDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(startDirectory);
        for (var dir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(startDirectory)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var dotGit = Path.Combine(dir, ".git");
            if (Directory.Exists(dotGit) || File.Exists(dotGit))
            {
                return dir;
            }
        }

        return null;
    }
}
