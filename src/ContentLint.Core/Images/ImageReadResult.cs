namespace ContentLint.Core.Images;

/// <summary>An image's leading bytes as an <see cref="IImageSource"/> read them, or why they could not be read.</summary>
/// <param name="Path">Repository-relative path with <c>/</c> separators.</param>
/// <param name="Bytes">At most <see cref="ImageFiles.MaxBytes"/> bytes from the start of the file; empty on failure.</param>
/// <param name="Length">The whole file's length in bytes.</param>
/// <param name="Problem">Why the image could not be read (never quoting content); null on success.</param>
public sealed record ImageReadResult(string Path, ReadOnlyMemory<byte> Bytes, long Length, string? Problem)
{
    /// <summary>True when the file is longer than the bytes read.</summary>
    public bool Truncated => Problem is null && Length > Bytes.Length;

    /// <summary>The leading bytes of <paramref name="stream"/> (a file or a git blob stream) of <paramref name="length"/> bytes.</summary>
    public static ImageReadResult FromStream(string path, Stream stream, long length)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[(int)Math.Min(Math.Max(0, length), ImageFiles.MaxBytes)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return new ImageReadResult(path, buffer.AsMemory(0, read), Math.Max(length, read), null);
    }

    /// <summary>Bytes already in memory; only the first <see cref="ImageFiles.MaxBytes"/> are kept.</summary>
    public static ImageReadResult FromBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new ImageReadResult(path, bytes.AsMemory(0, Math.Min(bytes.Length, ImageFiles.MaxBytes)), bytes.LongLength, null);
    }

    /// <summary>An image that exists but cannot be read.</summary>
    public static ImageReadResult Failed(string path, string problem) => new(path, ReadOnlyMemory<byte>.Empty, 0, problem);
}
