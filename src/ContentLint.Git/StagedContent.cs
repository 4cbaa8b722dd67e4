using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>
/// What <c>scan --staged</c> scans: every content file whose index entry differs from HEAD (added, modified, copied,
/// renamed under its new path, or changed type), as the index holds it. Deletions, submodules and symbolic links are
/// not content. Before the first commit there is no HEAD and everything in the index is new.
/// </summary>
public static class StagedContent
{
    /// <summary>The staged content files that <paramref name="selects"/> accepts, sorted by path.</summary>
    public static IReadOnlyList<GitContentItem> Collect(GitWorkspace workspace, Func<string, bool> selects)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(selects);
        return GitCall.Run(workspace.Root, () =>
        {
            var repository = workspace.Repository;
            var head = repository.Head.Tip?.Tree;
            var changes = repository.Diff.Compare<TreeChanges>(head, DiffTargets.Index, null, null, TreeChangeSelection.CompareOptions);
            return TreeChangeSelection.Select(changes, selects)
                .Select(change => new GitContentItem(change.Path, change.Oid.Sha))
                .ToList();
        });
    }
}
