using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>
/// What <c>scan --diff</c> scans: the content files changed between two commits, read from the head commit, and for
/// each text file the new-file line numbers that were added or changed (a pure rename has none; images have no lines).
/// </summary>
public static class ChangedContent
{
    /// <summary>The changed content files that <paramref name="selects"/> accepts, and their added lines.</summary>
    public static (IReadOnlyList<GitContentItem> Items, IReadOnlyDictionary<string, IReadOnlySet<int>> AddedLines, string HeadCommit) Collect(
        GitWorkspace workspace, CommitRange range, Func<string, bool> selects)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(selects);
        return GitCall.Run(workspace.Root, () => Compare(workspace.Repository, range, selects));
    }

    private static (IReadOnlyList<GitContentItem> Items, IReadOnlyDictionary<string, IReadOnlySet<int>> AddedLines, string HeadCommit) Compare(
        Repository repository, CommitRange range, Func<string, bool> selects)
    {
        var (baseCommit, head) = range.Resolve(repository);
        var changes = repository.Diff.Compare<TreeChanges>(baseCommit.Tree, head.Tree, null, null, TreeChangeSelection.CompareOptions);
        var selected = TreeChangeSelection.Select(changes, selects).ToList();
        var items = selected.Select(change => new GitContentItem(change.Path, change.Oid.Sha)).ToList();
        var added = new Dictionary<string, IReadOnlySet<int>>(StringComparer.Ordinal);
        foreach (var change in selected.Where(change => !ContentLint.Core.Images.ImageFiles.IsImagePath(change.Path)))
        {
            var oldText = change.Status is ChangeKind.Added ? null : ReadText(repository, change.OldOid);
            added[change.Path] = AddedLines.Between(oldText, ReadText(repository, change.Oid) ?? string.Empty);
        }

        return (items, added, head.Sha);
    }

    /// <summary>
    /// A blob as text for line comparison, without a byte-order mark as the scanner reads it (invalid UTF-8 is
    /// replaced: the scan itself reports such files).
    /// </summary>
    private static string? ReadText(Repository repository, ObjectId id)
    {
        if (repository.Lookup<Blob>(id) is not { } blob || BlobBytes.Read(blob) is not { } bytes)
        {
            return null;
        }

        var body = bytes.AsSpan();
        return System.Text.Encoding.UTF8.GetString(body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body);
    }
}
