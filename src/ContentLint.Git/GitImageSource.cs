using ContentLint.Core.Images;
using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>
/// Image bytes from git rather than the working tree: the index (<c>--staged</c>) or a commit's tree (<c>--diff</c>),
/// so the metadata checked is the metadata being committed. Reads are serialized (the repository is not meant for
/// concurrent use).
/// </summary>
public sealed class GitImageSource : IImageSource
{
    private readonly GitWorkspace _workspace;
    private readonly Commit? _commit;
    private readonly Lock _gate = new();

    /// <summary>A source over the index, or over <paramref name="commitSha"/>'s tree when given.</summary>
    public GitImageSource(GitWorkspace workspace, string? commitSha)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
        _commit = commitSha is null ? null : workspace.Repository.Lookup<Commit>(commitSha)
            ?? throw new GitException($"commit {commitSha} is missing from the object database");
    }

    public ImageReadResult? Read(string repositoryRelativePath)
    {
        ArgumentNullException.ThrowIfNull(repositoryRelativePath);
        lock (_gate)
        {
            var blob = _commit is null
                ? (_workspace.Repository.Index[repositoryRelativePath] is { } entry ? _workspace.Repository.Lookup<Blob>(entry.Id) : null)
                : _commit.Tree[repositoryRelativePath]?.Target as Blob;
            if (blob is null)
            {
                return null;
            }

            using var stream = blob.GetContentStream();
            return ImageReadResult.FromStream(repositoryRelativePath, stream, blob.Size);
        }
    }
}
