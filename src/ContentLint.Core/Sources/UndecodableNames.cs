using System.Runtime.InteropServices;
using System.Text;

namespace ContentLint.Core.Sources;

/// <summary>
/// Reaches files whose names are not valid UTF-8. Linux names are bytes; .NET decodes them with U+FFFD for each bad
/// sequence, and that text encodes back to other bytes, so the file it lists cannot be opened by the name it gives
/// ("file not found"). Git stores the bytes, so the git modes scan such a file: here the bytes are found again by
/// listing the folder with <c>readdir</c> and keeping the entry whose decoded name is the one asked for.
/// </summary>
internal static partial class UndecodableNames
{
    private const byte TypeFolder = 4;
    private const byte TypeLink = 10;

    // glibc and musl on 64-bit Linux: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), then the name.
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    /// <summary>True when <paramref name="path"/> may name something only its raw bytes can reach.</summary>
    public static bool Applies(string path) => OperatingSystem.IsLinux() && Environment.Is64BitProcess && path.Contains('\uFFFD', StringComparison.Ordinal);

    /// <summary>
    /// The bytes of <paramref name="fullPath"/> (NUL-terminated) with each decoded name replaced by the entry it came
    /// from, or null when a folder on the way has no such entry.
    /// </summary>
    /// <exception cref="UndecodableFileNameException">Two entries of one folder decode to the same name.</exception>
    /// <exception cref="IOException">A folder on the way cannot be listed.</exception>
    public static byte[]? Resolve(string fullPath)
    {
        var path = new List<byte>();
        foreach (var part in fullPath.Split('/'))
        {
            if (path.Count != 1 || path[0] != (byte)'/')
            {
                path.Add((byte)'/');
            }

            if (!part.Contains('\uFFFD', StringComparison.Ordinal))
            {
                path.AddRange(Encoding.UTF8.GetBytes(part));
                continue;
            }

            var matches = List([.. path]).Where(entry => Encoding.UTF8.GetString(entry.Name) == part).ToList();
            if (matches.Count == 0)
            {
                return null;
            }

            if (matches.Count > 1)
            {
                var names = string.Join(", ", matches.Select(m => Escape(m.Name)).Order(StringComparer.Ordinal));
                throw new UndecodableFileNameException($"the name is not valid UTF-8 and {matches.Count} entries decode to it: {names}");
            }

            path.AddRange(matches[0].Name);
        }

        path.Add(0);
        return [.. path];
    }

    /// <summary>The entries of a folder named by its raw bytes (without the NUL), as the tree walk needs them.</summary>
    /// <exception cref="IOException">The folder cannot be found or read.</exception>
    public static List<FolderEntry> ListFolder(string folder)
    {
        var raw = Resolve(folder) ?? throw new DirectoryNotFoundException("folder not found");
        return [.. List(raw[..^1]).Select(entry =>
        {
            var name = Encoding.UTF8.GetString(entry.Name);
            return new FolderEntry(name, Path.Join(folder, name), entry.Type == TypeFolder, entry.Type == TypeLink);
        })];
    }

    /// <summary>A name with each byte that is not part of valid UTF-8 written as <c>\xHH</c>.</summary>
    public static string Escape(ReadOnlySpan<byte> name)
    {
        var text = new StringBuilder();
        while (!name.IsEmpty)
        {
            if (System.Text.Rune.DecodeFromUtf8(name, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
                name = name[consumed..];
            }
            else
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{name[0]:X2}");
                name = name[1..];
            }
        }

        return text.ToString();
    }

    /// <summary>Opens <paramref name="rawPath"/> (NUL-terminated bytes) with <c>open(2)</c>; a negative result is an error.</summary>
    public static int Open(byte[] rawPath, int flags) => NativeOpen(rawPath, flags);

    private static List<(byte[] Name, byte Type)> List(byte[] folder)
    {
        var directory = NativeOpenDirectory([.. folder, 0]);
        if (directory == IntPtr.Zero)
        {
            throw new IOException($"cannot list the folder (errno {Marshal.GetLastPInvokeError()})");
        }

        var entries = new List<(byte[] Name, byte Type)>();
        try
        {
            for (var entry = NativeReadDirectory(directory); entry != IntPtr.Zero; entry = NativeReadDirectory(directory))
            {
                var name = ReadName(entry + NameOffset);
                if (name is not ([(byte)'.'] or [(byte)'.', (byte)'.']))
                {
                    entries.Add((name, Marshal.ReadByte(entry + TypeOffset)));
                }
            }
        }
        finally
        {
            _ = NativeCloseDirectory(directory);
        }

        return entries;
    }

    // A Linux name is at most 255 bytes and NUL-terminated.
    private static byte[] ReadName(IntPtr name)
    {
        var length = 0;
        while (length < 256 && Marshal.ReadByte(name + length) != 0)
        {
            length++;
        }

        var bytes = new byte[length];
        Marshal.Copy(name, bytes, 0, length);
        return bytes;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int NativeOpen(byte[] path, int flags);

    [LibraryImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static partial IntPtr NativeOpenDirectory(byte[] path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial IntPtr NativeReadDirectory(IntPtr directory);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int NativeCloseDirectory(IntPtr directory);
}
