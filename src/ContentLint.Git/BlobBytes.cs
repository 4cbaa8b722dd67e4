using ContentLint.Core.Sources;
using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>A blob's raw bytes, without checkout filters: exactly what is (or will be) committed.</summary>
internal static class BlobBytes
{
    /// <summary>The bytes of <paramref name="blob"/>, or null when it is larger than a content file may be.</summary>
    public static byte[]? Read(Blob blob)
    {
        if (blob.Size > SourceFileReader.MaxFileBytes)
        {
            return null;
        }

        using var stream = blob.GetContentStream();
        using var buffer = new MemoryStream(checked((int)blob.Size));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
