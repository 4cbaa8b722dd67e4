using ContentLint.Core.Config;

namespace ContentLint.Core.Sources;

/// <summary>
/// Selects the working-tree files to scan.
/// <list type="bullet">
/// <item>Walking a folder yields the files that match <c>include</c>, skipping <c>.git</c>, what <c>exclude</c> matches
/// (an excluded folder is not entered), and what <c>.gitignore</c> / <c>.git/info/exclude</c> ignore unless git tracks
/// it (see <see cref="TrackedFiles"/>): an ignored folder is entered only for the tracked files it holds.</item>
/// <item>A file named as a PATH argument is scanned even when it does not match <c>include</c> (the user asked for it,
/// as markdownlint-cli2 does), but an excluded or git-ignored (untracked) one is skipped silently, so hooks that pass
/// every staged file still honour <c>exclude</c>. A named folder is walked like the root.</item>
/// <item>Symbolic links met during the walk are not followed: git stores the link, not the content, and a target inside
/// the repository is scanned where it lies. A link whose target leaves the repository, a link loop and a link to a
/// folder above itself are reported as problems (only when the link would otherwise have been scanned). A PATH
/// argument that is itself a link is followed when its target stays in the repository.</item>
/// <item>Filesystem errors never throw: an unreadable folder or entry becomes a <see cref="WalkItemKind.Problem"/>.</item>
/// </list>
/// Results are materialized, then yielded sorted by <see cref="WalkItem.RelativePath"/> (ordinal), without duplicates.
/// </summary>
public sealed class WorkingTreeWalker
{
    private readonly Func<string, List<FolderEntry>> _listDirectory;

    /// <summary>A walker over the real filesystem.</summary>
    public WorkingTreeWalker()
        : this(FolderLister.List)
    {
    }

    /// <summary>A walker with a substitute folder lister (tests use it to simulate unreadable folders).</summary>
    internal WorkingTreeWalker(Func<string, List<FolderEntry>> listDirectory) => _listDirectory = listDirectory;

    /// <summary>Walks <paramref name="paths"/> (files or folders, absolute or relative to the current directory; empty = the whole repository).</summary>
    /// <param name="repositoryRoot">The working tree's root: relative paths in the results are relative to it.</param>
    /// <param name="paths">The PATH arguments.</param>
    /// <param name="config">Supplies <c>include</c>, <c>exclude</c> and their base folder.</param>
    public IEnumerable<WalkItem> Walk(string repositoryRoot, IReadOnlyList<string> paths, ContentLintConfig config)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryRoot);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(config);
        var session = new WalkSession(repositoryRoot, config, _listDirectory);
        return session.Run(paths);
    }
}
