using LibGit2Sharp;

namespace ContentLint.Git.Hooks;

/// <summary>
/// Where git looks for hooks: <c>core.hooksPath</c> when set (relative paths are relative to the working tree's root,
/// where hooks run), else the <c>hooks</c> folder of the common git directory, shared by every linked worktree.
/// </summary>
internal static class HookLocation
{
    public static string HooksFolder(GitWorkspace workspace)
    {
        var repository = workspace.Repository;
        if (repository.Config.Get<string>("core.hooksPath")?.Value is { Length: > 0 } configured)
        {
            return Path.GetFullPath(ExpandHome(configured), workspace.Root);
        }

        return Path.Combine(GitDirectories.Common(repository.Info.Path), "hooks");
    }

    private static string ExpandHome(string path) =>
        path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..])
            : path;
}
