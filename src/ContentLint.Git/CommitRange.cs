using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>
/// <c>BASE[..HEAD]</c> as <c>scan --diff</c> takes it: <c>A..B</c> compares A with B, <c>A...B</c> compares the merge
/// base of A and B with B (as <c>git diff A...B</c>), a single revision is compared with HEAD, and an empty side means HEAD.
/// </summary>
public sealed record CommitRange(string Text, string BaseSpec, string HeadSpec, bool FromMergeBase)
{
    /// <summary>Parses <paramref name="text"/>; throws <see cref="GitException"/> when it is empty.</summary>
    public static CommitRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new GitException("--diff needs a base revision, e.g. --diff origin/main...HEAD");
        }

        var threeDots = trimmed.IndexOf("...", StringComparison.Ordinal);
        if (threeDots >= 0)
        {
            return new CommitRange(trimmed, OrHead(trimmed[..threeDots]), OrHead(trimmed[(threeDots + 3)..]), FromMergeBase: true);
        }

        var twoDots = trimmed.IndexOf("..", StringComparison.Ordinal);
        return twoDots >= 0
            ? new CommitRange(trimmed, OrHead(trimmed[..twoDots]), OrHead(trimmed[(twoDots + 2)..]), FromMergeBase: false)
            : new CommitRange(trimmed, trimmed, "HEAD", FromMergeBase: false);
    }

    /// <summary>The commits to compare: the base (or the merge base) and the head.</summary>
    internal (Commit Base, Commit Head) Resolve(Repository repository)
    {
        var head = ResolveCommit(repository, HeadSpec);
        var baseCommit = ResolveCommit(repository, BaseSpec);
        if (!FromMergeBase)
        {
            return (baseCommit, head);
        }

        var mergeBase = repository.ObjectDatabase.FindMergeBase(baseCommit, head)
            ?? throw new GitException($"{Text}: {BaseSpec} and {HeadSpec} have no common ancestor (a shallow clone? fetch the full history, e.g. actions/checkout with fetch-depth: 0)");
        return (mergeBase, head);
    }

    internal static Commit ResolveCommit(Repository repository, string spec)
    {
        GitObject? found;
        try
        {
            found = repository.Lookup(spec);
        }
        catch (LibGit2SharpException)
        {
            found = null;
        }

        return PeelToCommit(found)
            ?? throw new GitException($"'{spec}' is not a commit in this repository (a shallow clone or an unfetched branch? fetch it, e.g. actions/checkout with fetch-depth: 0)");
    }

    /// <summary>The commit a ref, tag or commit points to, or null (a tree or a blob).</summary>
    internal static Commit? PeelToCommit(GitObject? found)
    {
        try
        {
            return found?.Peel<Commit>();
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    private static string OrHead(string side) => side.Length == 0 ? "HEAD" : side;
}
