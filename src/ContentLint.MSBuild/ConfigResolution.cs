using ContentLint.Core.Config;
using ContentLint.Core.Sources;

namespace ContentLint.MSBuild;

/// <summary>Which configuration file a project uses, found the way the command line finds it.</summary>
internal static class ConfigResolution
{
    /// <summary>
    /// <paramref name="explicitPath"/> (relative to the project folder) when set, even if it does not exist (the scan
    /// then reports it); otherwise the nearest <c>.contentlint.yml</c> from the project folder up to the repository
    /// root, or null for the defaults.
    /// </summary>
    public static string? Find(string projectDirectory, string? explicitPath)
    {
        var folder = Path.GetFullPath(projectDirectory);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(Path.Combine(folder, explicitPath));
        }

        return ConfigLoader.Discover(folder, RepositoryLocator.FindRoot(folder));
    }
}
