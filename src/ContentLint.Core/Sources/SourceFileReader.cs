using System.Buffers;
using System.Text.Unicode;
using ContentLint.Core.Model;

namespace ContentLint.Core.Sources;

/// <summary>
/// Reads and decodes content files: UTF-8 only (a BOM is stripped and remembered), line endings kept as they are.
/// Binary, invalid UTF-8, oversized and unreadable files become problems, never exceptions.
/// </summary>
public static class SourceFileReader
{
    /// <summary>Files larger than this are not scanned (64 MB).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    // Git's own heuristic: a NUL byte in the first 8000 bytes means binary.
    private const int BinaryProbeBytes = 8000;

    /// <summary>Reads the working-tree file at <paramref name="fullPath"/>.</summary>
    public static SourceReadResult Read(string fullPath, string relativePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(fullPath);
        ArgumentNullException.ThrowIfNull(relativePath);
        byte[]? rented = null;
        int length;
        try
        {
            using var stream = ContentFileOpener.Open(fullPath);
            if (stream is null)
            {
                return SourceReadResult.Failure(relativePath, "not a regular file (pipe, socket or device), not scanned");
            }

            if (stream.Length > MaxFileBytes)
            {
                return TooLarge(relativePath);
            }

            // Pooled: the bytes live only until they are decoded, and every page of a site would otherwise allocate them.
            rented = ArrayPool<byte>.Shared.Rent((int)Math.Max(1, stream.Length));
            length = stream.ReadAtLeast(rented.AsSpan(0, (int)stream.Length), (int)stream.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex switch
            {
                UnauthorizedAccessException => "permission denied",
                UndecodableFileNameException => ex.Message,
                FileNotFoundException or DirectoryNotFoundException => "file not found",
                _ => "I/O error",
            };
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }

            return SourceReadResult.Failure(relativePath, $"cannot read the file ({reason})");
        }

        try
        {
            return Decode(rented.AsSpan(0, length), relativePath, SourceFile.WorkingTree);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Decodes bytes read elsewhere (e.g. a git blob) with the same rules, as a working-tree file.</summary>
    public static SourceReadResult Decode(byte[] bytes, string relativePath) => Decode(bytes, relativePath, SourceFile.WorkingTree);

    /// <summary>Decodes bytes read elsewhere with the same rules, recording where they came from.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="relativePath">Repository-relative path with <c>/</c> separators.</param>
    /// <param name="origin">The <see cref="SourceFile.Origin"/> to record.</param>
    public static SourceReadResult Decode(byte[] bytes, string relativePath, string origin)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(origin);
        return bytes.LongLength > MaxFileBytes ? TooLarge(relativePath) : Decode(bytes.AsSpan(), relativePath, origin);
    }

    private static SourceReadResult Decode(ReadOnlySpan<byte> bytes, string relativePath, string origin)
    {
        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = bytes[(hasBom ? 3 : 0)..];
        if (body[..Math.Min(body.Length, BinaryProbeBytes)].Contains((byte)0))
        {
            return SourceReadResult.Failure(relativePath, "binary file, not scanned");
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                var offset = bytesRead + (hasBom ? 3 : 0);
                return SourceReadResult.Failure(relativePath, $"not valid UTF-8 (byte offset {offset}), not scanned");
            }

            var text = new string(chars, 0, charsWritten);
            return SourceReadResult.Success(new SourceFile(relativePath, text, origin) { HadByteOrderMark = hasBom });
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static SourceReadResult TooLarge(string relativePath) =>
        SourceReadResult.Failure(relativePath, $"too large (over {MaxFileBytes / (1024 * 1024)} MB), not scanned");
}
