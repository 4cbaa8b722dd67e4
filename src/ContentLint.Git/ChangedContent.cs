using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>
/// What <c>scan --diff</c> scans: the content files changed between two commits, read from the head commit, and for
/// each file the new-file line numbers that were added or changed (a pure rename has none).
/// </summary>
public static class ChangedContent
{
    /// <summary>The changed content files that <paramref name="selects"/> accepts, and their added lines.</summary>
    public static (IReadOnlyList<GitContentItem> Items, IReadOnlyDictionary<string, IReadOnlySet<int>> AddedLines) Collect(
        GitWorkspace workspace, CommitRange range, Func<string, bool> selects)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(selects);
        var repository = workspace.Repository;
        var (baseCommit, head) = range.Resolve(repository);
        var changes = repository.Diff.Compare<TreeChanges>(baseCommit.Tree, head.Tree, null, null, TreeChangeSelection.CompareOptions);
        var selected = TreeChangeSelection.Select(changes, selects).ToList();
        var items = selected.Select(change => new GitContentItem(change.Path, change.Oid.Sha)).ToList();
        if (selected.Count == 0)
        {
            return (items, new Dictionary<string, IReadOnlySet<int>>(StringComparer.Ordinal));
        }

        // Both sides of each rename go into the path filter, or the patch would see a delete and an add.
        var paths = selected.SelectMany(change => new[] { change.Path, change.OldPath }).Distinct(StringComparer.Ordinal).ToList();
        var options = TreeChangeSelection.CompareOptions;
        options.ContextLines = 0;
        using var patch = repository.Diff.Compare<Patch>(baseCommit.Tree, head.Tree, paths, null, options);
        var added = new Dictionary<string, IReadOnlySet<int>>(StringComparer.Ordinal);
        foreach (var change in selected)
        {
            var entry = patch[change.Path];
            added[change.Path] = entry is null ? new HashSet<int>() : entry.AddedLines.Select(line => line.LineNumber).ToHashSet();
        }

        return (items, added);
    }
}
