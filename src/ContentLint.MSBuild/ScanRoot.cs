using ContentLint.Core.Sources;

namespace ContentLint.MSBuild;

/// <summary>
/// The folder that reported paths and <c>.gitignore</c> rules are relative to, and that configuration globs start from
/// when the configuration file is not in the project's folder or above it (<see cref="Core.Sources.GlobBase"/>).
/// </summary>
internal static class ScanRoot
{
    /// <summary>
    /// The git working tree holding the project; outside any repository, the deepest folder holding the project and
    /// every file, so that content linked from beside the project is still scanned.
    /// </summary>
    public static string Find(string projectDirectory, IEnumerable<string> files)
    {
        if (RepositoryLocator.FindRoot(projectDirectory) is { } root)
        {
            return root;
        }

        var common = Path.TrimEndingDirectorySeparator(Path.GetFullPath(projectDirectory));
        foreach (var file in files)
        {
            while (!IsBelow(file, common) && Path.GetDirectoryName(common) is { } parent)
            {
                common = parent;
            }
        }

        return common;
    }

    private static bool IsBelow(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
