using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Sources;
using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>
/// Turns a <see cref="GitContentItem"/> into scanner input from the blob itself, never the working tree. Reads are
/// serialized: a LibGit2Sharp repository is not meant for concurrent use, and reading is cheap next to scanning.
/// </summary>
public sealed class GitBlobReader(GitWorkspace workspace)
{
    /// <summary>The origin recorded on files read from the index.</summary>
    public const string IndexOrigin = "index";

    private readonly Lock _gate = new();

    /// <summary>Reads the blob of <paramref name="item"/> and decodes it as <see cref="SourceFileReader"/> does.</summary>
    public ScanInput Load(GitContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var origin = item.Commit is null ? IndexOrigin : $"commit:{item.Commit}";
        byte[]? bytes;
        lock (_gate)
        {
            bytes = GitCall.Run(item.Path, () => ReadBlob(item));
        }

        if (bytes is null)
        {
            return ScanInput.Unreadable(item.Path, $"too large (over {SourceFileReader.MaxFileBytes / (1024 * 1024)} MB), not scanned") with { Commit = item.Commit };
        }

        if (LfsPointer.IsPointer(bytes))
        {
            return ScanInput.Skipped(item.Path, "a Git LFS pointer: the content is stored outside git, not scanned") with { Commit = item.Commit };
        }

        var read = SourceFileReader.Decode(bytes, item.Path, origin);
        return (read.Succeeded ? ScanInput.Readable(read.File) : ScanInput.Unreadable(item.Path, read.Problem)) with { Commit = item.Commit };
    }

    private byte[]? ReadBlob(GitContentItem item)
    {
        var blob = workspace.Repository.Lookup<Blob>(item.BlobId)
            ?? throw new GitException($"{item.Path}: blob {item.BlobId} is missing from the object database");
        return BlobBytes.Read(blob);
    }
}
