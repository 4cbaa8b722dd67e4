using System.Buffers.Binary;
using System.Text;

namespace ContentLint.Core.Sources;

/// <summary>
/// Reads the paths of a git index file (<c>.git/index</c>, versions 2 to 4; gitformat-index(5)) without libgit2, so
/// that Core and the MSBuild task know which working-tree files git tracks. Only paths are read; every length is
/// checked against the bytes that are left, so a corrupt or hostile file fails with <see cref="InvalidDataException"/>
/// instead of reading past its end or looping.
/// </summary>
internal static class GitIndexReader
{
    // ctime, mtime (seconds and nanoseconds), dev, ino, mode, uid, gid, size: ten 32-bit fields before the object ID.
    private const int StatBytes = 40;
    private const int Sha1Bytes = 20;
    private const int Sha256Bytes = 32;
    private const ushort ExtendedFlag = 0x4000;
    private const int HeaderBytes = 12;

    /// <summary>The paths of every entry (repository-relative, <c>/</c> separators), in index order; conflicts repeat a path.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an index this reader understands.</exception>
    public static List<string> ReadPaths(ReadOnlySpan<byte> index)
    {
        if (index.Length < HeaderBytes || !index[..4].SequenceEqual("DIRC"u8))
        {
            throw new InvalidDataException("not a git index (no DIRC signature)");
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(index[4..]);
        if (version is < 2 or > 4)
        {
            throw new InvalidDataException($"unsupported git index version {version}");
        }

        var count = BinaryPrimitives.ReadUInt32BigEndian(index[8..]);
        // The object ID's size is not in the index: SHA-256 repositories only say so in their configuration. A SHA-1
        // reading of a SHA-256 index breaks on the first entry's flags or terminator, so try both.
        try
        {
            return ReadEntries(index, (int)version, count, Sha1Bytes);
        }
        catch (InvalidDataException)
        {
            return ReadEntries(index, (int)version, count, Sha256Bytes);
        }
    }

    private static List<string> ReadEntries(ReadOnlySpan<byte> index, int version, uint count, int hashBytes)
    {
        // Every entry takes at least its fixed part and a terminator: a count beyond that is a lie, not an allocation.
        var fixedBytes = StatBytes + hashBytes + 2;
        if (count > (uint)((index.Length - HeaderBytes) / (fixedBytes + 1)))
        {
            throw new InvalidDataException("entry count larger than the file");
        }

        var paths = new List<string>((int)count);
        var previous = Array.Empty<byte>();
        var offset = HeaderBytes;
        for (var i = 0; i < count; i++)
        {
            var start = offset;
            offset += fixedBytes;
            Require(index, offset);
            var flags = BinaryPrimitives.ReadUInt16BigEndian(index[(offset - 2)..]);
            if ((flags & ExtendedFlag) != 0)
            {
                if (version < 3)
                {
                    throw new InvalidDataException("extended flags in a version 2 index");
                }

                offset += 2;
            }

            byte[] name;
            if (version == 4)
            {
                // Prefix compression: drop that many bytes from the end of the previous path, then append the suffix.
                var strip = ReadVarint(index, ref offset);
                if (strip > (ulong)previous.Length)
                {
                    throw new InvalidDataException("path prefix longer than the previous path");
                }

                var suffix = Terminated(index, offset);
                name = [.. previous.AsSpan(0, previous.Length - (int)strip), .. suffix];
                offset += suffix.Length + 1;
            }
            else
            {
                var bytes = Terminated(index, offset);
                name = bytes.ToArray();
                // Entries are padded with 1 to 8 NUL bytes to a multiple of 8 from their start.
                offset = start + ((offset - start + name.Length + 8) & ~7);
                Require(index, offset);
            }

            var length = flags & 0x0FFF;
            if (length != 0x0FFF && length != name.Length)
            {
                throw new InvalidDataException("path length does not match the entry's flags");
            }

            paths.Add(Encoding.UTF8.GetString(name));
            previous = name;
        }

        ThrowOnSplitIndex(index, offset, hashBytes);
        return paths;
    }

    /// <summary>
    /// A split index ("link" extension) lists only changes against a shared index: its paths are not the tracked files,
    /// so it counts as unreadable. Other extensions (cache tree, sparse directories, ...) do not change the paths.
    /// </summary>
    private static void ThrowOnSplitIndex(ReadOnlySpan<byte> index, int offset, int hashBytes)
    {
        var end = index.Length - hashBytes;
        while (offset + 8 <= end)
        {
            if (index.Slice(offset, 4).SequenceEqual("link"u8))
            {
                throw new InvalidDataException("split index (core.splitIndex) is not supported");
            }

            var size = BinaryPrimitives.ReadUInt32BigEndian(index[(offset + 4)..]);
            if (size > (uint)(end - offset - 8))
            {
                return;
            }

            offset += 8 + (int)size;
        }
    }

    private static ReadOnlySpan<byte> Terminated(ReadOnlySpan<byte> index, int offset)
    {
        Require(index, offset);
        var length = index[offset..].IndexOf((byte)0);
        return length < 0 ? throw new InvalidDataException("path without terminator") : index.Slice(offset, length);
    }

    // git's offset encoding (varint.c): each continuation adds one before shifting, so no number has two encodings.
    private static ulong ReadVarint(ReadOnlySpan<byte> index, ref int offset)
    {
        Require(index, offset + 1);
        var b = index[offset++];
        var value = (ulong)b & 0x7F;
        while ((b & 0x80) != 0)
        {
            Require(index, offset + 1);
            if (value > (ulong.MaxValue >> 8))
            {
                throw new InvalidDataException("path prefix length too large");
            }

            b = index[offset++];
            value = ((value + 1) << 7) | ((ulong)b & 0x7F);
        }

        return value;
    }

    private static void Require(ReadOnlySpan<byte> index, int end)
    {
        if (end > index.Length || end < 0)
        {
            throw new InvalidDataException("truncated git index");
        }
    }
}
