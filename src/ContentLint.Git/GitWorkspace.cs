using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>
/// An open repository and its working-tree root. Opening honours <c>GIT_INDEX_FILE</c>: under <c>git commit -a</c> or
/// <c>git commit PATH</c> git hands the hook a temporary index, and the stale <c>.git/index</c> is not what is committed.
/// </summary>
public sealed class GitWorkspace : IDisposable
{
    private GitWorkspace(Repository repository, string root)
    {
        Repository = repository;
        Root = root;
    }

    /// <summary>The working tree's root folder, without a trailing separator.</summary>
    public string Root { get; }

    internal Repository Repository { get; }

    /// <summary>Opens the repository that holds <paramref name="folder"/>.</summary>
    /// <param name="folder">Any folder inside the working tree (a subfolder or a linked worktree works).</param>
    /// <param name="indexFile">The value of <c>GIT_INDEX_FILE</c>, relative to <paramref name="folder"/> as git passes it, or null.</param>
    public static GitWorkspace Open(string folder, string? indexFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        // Found by looking for .git (a folder, or a file in linked worktrees) rather than Repository.Discover, which
        // returns null under Native AOT.
        var gitDir = ContentLint.Core.Sources.RepositoryLocator.FindRoot(folder)
            ?? throw new GitException($"{folder}: not inside a git repository (--staged, --diff and --history read git)");
        var options = string.IsNullOrEmpty(indexFile) ? new RepositoryOptions() : new RepositoryOptions { IndexPath = Path.GetFullPath(indexFile, folder) };
        Repository repository;
        try
        {
            repository = new Repository(gitDir, options);
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitException($"{gitDir}: cannot open the repository ({ex.GetType().Name})");
        }

        if (repository.Info.WorkingDirectory is not { } workingDirectory)
        {
            repository.Dispose();
            throw new GitException($"{gitDir}: a bare repository has no working tree; clone it first");
        }

        return new GitWorkspace(repository, Path.TrimEndingDirectorySeparator(workingDirectory));
    }

    public void Dispose() => Repository.Dispose();
}
