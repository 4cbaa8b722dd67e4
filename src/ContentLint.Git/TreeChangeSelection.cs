using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>Which entries of a tree comparison are content to scan.</summary>
internal static class TreeChangeSelection
{
    /// <summary>Rename and copy detection as <c>git diff -M</c>, so a renamed file is reported under its new path.</summary>
    public static CompareOptions CompareOptions => new() { Similarity = SimilarityOptions.Renames, IncludeUnmodified = false };

    private static readonly HashSet<ChangeKind> ContentKinds =
        [ChangeKind.Added, ChangeKind.Modified, ChangeKind.Renamed, ChangeKind.Copied, ChangeKind.TypeChanged];

    /// <summary>Regular files (not submodules or links) that were added or changed and that <paramref name="selects"/> accepts, by path.</summary>
    public static IEnumerable<TreeEntryChanges> Select(IEnumerable<TreeEntryChanges> changes, Func<string, bool> selects) =>
        changes
            .Where(change => ContentKinds.Contains(change.Status))
            .Where(change => change.Mode is Mode.NonExecutableFile or Mode.ExecutableFile)
            .Where(change => selects(change.Path))
            .OrderBy(change => change.Path, StringComparer.Ordinal);
}
