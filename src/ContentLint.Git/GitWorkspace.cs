using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>
/// An open repository and its working-tree root. Opening honours <c>GIT_INDEX_FILE</c>: under <c>git commit -a</c> or
/// <c>git commit PATH</c> git hands the hook a temporary index, and the stale <c>.git/index</c> is not what is committed.
/// </summary>
public sealed class GitWorkspace : IDisposable
{
    private GitWorkspace(Repository repository, string root, bool isBare)
    {
        Repository = repository;
        Root = root;
        IsBare = isBare;
    }

    /// <summary>The working tree's root folder, or a bare repository's own folder, without a trailing separator.</summary>
    public string Root { get; }

    /// <summary>True for a bare (or mirror) repository: commits only, no working tree or index.</summary>
    public bool IsBare { get; }

    internal Repository Repository { get; }

    /// <summary>Opens the repository that holds <paramref name="folder"/>.</summary>
    /// <param name="folder">Any folder inside the working tree (a subfolder or a linked worktree works), or inside a bare repository.</param>
    /// <param name="indexFile">The value of <c>GIT_INDEX_FILE</c>, or null.</param>
    /// <param name="currentDirectory">What a relative <paramref name="indexFile"/> is relative to: the process's current folder, as for git.</param>
    /// <param name="commitsOnly">
    /// The caller reads commits only (<c>--diff</c>, <c>--history</c>), so a bare repository will do; otherwise it
    /// needs a working tree and an index, and a bare repository is an error that says so.
    /// </param>
    public static GitWorkspace Open(string folder, string? indexFile, string currentDirectory, bool commitsOnly = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(currentDirectory);
        // Found by looking for .git (a folder, or a file in linked worktrees) rather than Repository.Discover, which
        // returns null under Native AOT.
        var root = ContentLint.Core.Sources.RepositoryLocator.FindRoot(folder);
        if (root is null)
        {
            return OpenBare(folder, commitsOnly);
        }

        var options = new RepositoryOptions();
        if (!string.IsNullOrEmpty(indexFile))
        {
            // libgit2 reads a missing index as an empty one: the scan would pass with nothing checked.
            options.IndexPath = Path.GetFullPath(indexFile, currentDirectory);
            if (!File.Exists(options.IndexPath))
            {
                throw new GitException($"GIT_INDEX_FILE names {options.IndexPath}, which does not exist");
            }
        }

        var repository = GitCall.Run(root, () => new Repository(root, options));
        if (repository.Info.WorkingDirectory is not { } workingDirectory)
        {
            repository.Dispose();
            throw new GitException($"{root}: a bare repository has no working tree; clone it first");
        }

        return new GitWorkspace(repository, Path.TrimEndingDirectorySeparator(workingDirectory), isBare: false);
    }

    /// <summary>A bare or mirror clone (e.g. on a server, or <c>git clone --mirror</c> for an audit): its commits are all there.</summary>
    private static GitWorkspace OpenBare(string folder, bool commitsOnly)
    {
        var gitDirectory = GitDirectories.FindBare(folder)
            ?? throw new GitException($"{folder}: not inside a git repository (--staged, --diff and --history read git)");
        if (!commitsOnly)
        {
            throw new GitException($"{gitDirectory}: a bare repository has no working tree or index; run this in a clone with a working tree (--diff and --history work here)");
        }

        var repository = GitCall.Run(gitDirectory, () => new Repository(gitDirectory));
        return new GitWorkspace(repository, gitDirectory, isBare: true);
    }

    public void Dispose() => Repository.Dispose();
}
