using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>
/// What <c>scan --history</c> scans: every distinct blob ever committed at a content path, once (a blob renamed or
/// copied unchanged is not scanned again), with the oldest commit that introduced it. Deleting or rewriting a file later does not remove a blob from history, which is
/// why this mode exists.
/// </summary>
public static class HistoryContent
{
    /// <summary>The blobs to scan, oldest first, and the commits they were found in.</summary>
    /// <param name="workspace">The repository.</param>
    /// <param name="range">A revision (everything reachable from it), <c>A..B</c> or <c>A...B</c>; null for every branch, tag and HEAD.</param>
    /// <param name="selects">Whether a path is content.</param>
    public static IReadOnlyList<GitContentItem> Collect(GitWorkspace workspace, string? range, Func<string, bool> selects)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(selects);
        return GitCall.Run(workspace.Root, () => Walk(workspace.Repository, range, selects));
    }

    private static List<GitContentItem> Walk(Repository repository, string? range, Func<string, bool> selects)
    {
        var filter = Filter(repository, range);
        if (filter is null)
        {
            return [];
        }

        var shallowBoundary = ShallowBoundary(repository);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<GitContentItem>();
        foreach (var commit in repository.Commits.QueryBy(filter))
        {
            if (shallowBoundary.Contains(commit.Sha))
            {
                throw ShallowClone(commit.Sha);
            }

            // Against the first parent: what a merge brings in was already seen on its own branch, which comes first.
            var parentTree = commit.Parents.FirstOrDefault()?.Tree;
            var changes = repository.Diff.Compare<TreeChanges>(parentTree, commit.Tree, null, null, TreeChangeSelection.CompareOptions);
            foreach (var change in TreeChangeSelection.Select(changes, selects))
            {
                if (seen.Add(change.Oid.Sha))
                {
                    items.Add(new GitContentItem(change.Path, change.Oid.Sha, commit.Sha));
                }
            }
        }

        return items;
    }

    /// <summary>
    /// The commits a shallow clone was cut at (listed in its <c>shallow</c> file): their parents are missing, so a walk
    /// that reaches one has not seen everything it was asked for. Empty in a complete clone.
    /// </summary>
    private static HashSet<string> ShallowBoundary(Repository repository)
    {
        var file = Path.Combine(GitDirectories.Common(repository.Info.Path), "shallow");
        return repository.Info.IsShallow && File.Exists(file)
            ? File.ReadLines(file).Select(line => line.Trim()).Where(line => line.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
    }

    /// <summary>
    /// A history scan that cannot see older commits would pass while PHI sits in them: an error (exit 2), as for a
    /// <c>--diff</c> base missing from the clone, rather than a clean result over part of the history.
    /// </summary>
    private static GitException ShallowClone(string boundary) => new(
        $"--history: this is a shallow clone, cut at commit {boundary[..12]}: the commits before it are not here, so "
        + "their file versions cannot be scanned. Fetch the full history (git fetch --unshallow; in GitHub Actions, "
        + $"actions/checkout with fetch-depth: 0), or scan only the commits after the cut with --history {boundary[..12]}..HEAD");

    private static CommitFilter? Filter(Repository repository, string? range)
    {
        var filter = new CommitFilter { SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse };
        if (string.IsNullOrWhiteSpace(range))
        {
            // Every branch, tag and remote branch, and HEAD itself (a detached HEAD, e.g. mid-rebase, is on no branch);
            // not refs/stash: those are work never committed to a branch, and often never pushed.
            var tips = repository.Refs
                .Where(reference => reference.CanonicalName != "refs/stash")
                .Select(reference => CommitRange.PeelToCommit(reference.ResolveToDirectReference()?.Target))
                .Append(repository.Head.Tip)
                .OfType<Commit>()
                .Distinct()
                .ToList();
            if (tips.Count == 0)
            {
                return null; // No commit yet: nothing in history.
            }

            filter.IncludeReachableFrom = tips;
            return filter;
        }

        var text = range.Trim();
        if (text.Contains("...", StringComparison.Ordinal))
        {
            // git log A...B: commits on either side but not on both.
            var parsed = CommitRange.Parse(text);
            var left = CommitRange.ResolveCommit(repository, parsed.BaseSpec);
            var right = CommitRange.ResolveCommit(repository, parsed.HeadSpec);
            filter.IncludeReachableFrom = new[] { left, right };
            filter.ExcludeReachableFrom = repository.ObjectDatabase.FindMergeBase(left, right) is { } mergeBase ? new[] { mergeBase } : Array.Empty<Commit>();
        }
        else if (text.Contains("..", StringComparison.Ordinal))
        {
            var parsed = CommitRange.Parse(text);
            filter.IncludeReachableFrom = CommitRange.ResolveCommit(repository, parsed.HeadSpec);
            filter.ExcludeReachableFrom = CommitRange.ResolveCommit(repository, parsed.BaseSpec);
        }
        else
        {
            filter.IncludeReachableFrom = CommitRange.ResolveCommit(repository, text);
        }

        return filter;
    }
}
