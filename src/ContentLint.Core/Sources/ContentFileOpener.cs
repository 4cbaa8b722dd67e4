using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ContentLint.Core.Sources;

/// <summary>
/// Opens a content file for reading without ever blocking: on Unix a named pipe called <c>post.md</c> would block
/// <c>open(2)</c> forever, and .NET reports pipes, sockets and devices with the same attributes as regular files.
/// Opening with <c>O_NONBLOCK</c> and checking that the result is seekable tells them apart. A name that is not valid
/// UTF-8 is opened by its bytes (<see cref="UndecodableNames"/>).
/// </summary>
internal static partial class ContentFileOpener
{
    private const int ReadOnly = 0;
    private const int NoSuchFile = 2;

    // O_NONBLOCK and O_CLOEXEC differ between Linux (x64 and arm64) and macOS.
    private static readonly int OpenFlags = OperatingSystem.IsMacOS() ? ReadOnly | 0x4 | 0x1000000 : ReadOnly | 0x800 | 0x80000;

    /// <summary>A read stream over the file, or null when it is not a regular file.</summary>
    public static Stream? Open(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return File.OpenRead(path); // Windows has no named pipes in the file system namespace
        }

        var descriptor = NativeOpen(path, OpenFlags);
        var errno = descriptor < 0 ? Marshal.GetLastPInvokeError() : 0;
        if (errno == NoSuchFile && UndecodableNames.Applies(path) && UndecodableNames.Resolve(path) is { } raw)
        {
            descriptor = UndecodableNames.Open(raw, OpenFlags);
            errno = descriptor < 0 ? Marshal.GetLastPInvokeError() : 0;
        }

        if (descriptor < 0)
        {
            throw errno switch
            {
                NoSuchFile => new FileNotFoundException("file not found"),
                13 or 1 => new UnauthorizedAccessException("permission denied"),
                _ => new IOException($"open failed (errno {errno})"),
            };
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        if (!stream.CanSeek)
        {
            stream.Dispose();
            return null;
        }

        return stream;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int NativeOpen(string path, int flags);
}
