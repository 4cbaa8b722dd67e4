using System.Text;
using ContentLint.Core.Sources;

namespace ContentLint.Core.Config;

/// <summary>
/// Reads a small UTF-8 file that a user names or a repository holds (a configuration, a baseline) so that it can cost
/// no more than a cap: regular files only, opened without blocking (a named pipe would block <c>open(2)</c> forever),
/// and never more than the cap read, whatever size the file system reports (<c>/dev/zero</c> reports 0 and never ends).
/// </summary>
internal static class BoundedFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text of the file at <paramref name="fullPath"/>, or null with <paramref name="problem"/> saying why (it never
    /// quotes the content).
    /// </summary>
    public static string? TryRead(string fullPath, long maxBytes, out string? problem)
    {
        problem = null;
        if (Directory.Exists(fullPath))
        {
            problem = "it is a folder, not a file";
            return null;
        }

        try
        {
            using var stream = ContentFileOpener.Open(fullPath);
            if (stream is null)
            {
                problem = "not a regular file (pipe, socket or device)";
                return null;
            }

            var length = stream.Length;
            if (length > maxBytes)
            {
                problem = TooLarge(maxBytes);
                return null;
            }

            // One byte more than the file claims to hold tells a device that reports no size from a regular file.
            var buffer = new byte[length + 1];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read > length)
            {
                problem = "not a regular file (its content does not end where its size says: a device?)";
                return null;
            }

            var bom = buffer.AsSpan(0, read).StartsWith(StrictUtf8.Preamble) ? StrictUtf8.Preamble.Length : 0;
            return StrictUtf8.GetString(buffer, bom, read - bom);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            problem = ex switch
            {
                UnauthorizedAccessException => "permission denied",
                FileNotFoundException or DirectoryNotFoundException => "file not found",
                DecoderFallbackException => "not valid UTF-8",
                _ => "I/O error",
            };
            return null;
        }
    }

    // "larger than 1 MiB" for a cap of a whole number of MiB.
    private static string TooLarge(long maxBytes) => $"larger than {maxBytes / (1024 * 1024)} MiB";
}
