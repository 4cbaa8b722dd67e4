using System.Buffers.Binary;
using System.IO.Compression;

namespace ContentLint.Core.Images;

/// <summary>
/// Inflates a PNG's compressed chunks (<c>zTXt</c>, compressed <c>iTXt</c>, <c>iCCP</c>) before MetadataExtractor
/// reads it: MetadataExtractor inflates them whole into memory, so a 1 MB file of deflated zeros cost gigabytes. Here
/// they are inflated as a stream, and all the inflated text of one image together stays within
/// <see cref="MaxInflatedBytes"/>. XMP packets are taken out and read here. Other <c>zTXt</c> text (EXIF and IPTC as
/// ImageMagick's "Raw profile type" chunks, comments, authors) is left for MetadataExtractor once it is known to
/// inflate within the cap, and dropped past it. Other compressed <c>iTXt</c> text, which MetadataExtractor cannot
/// read, and colour profiles (<c>iCCP</c>), which hold nothing reported, are dropped unread.
/// </summary>
internal static class PngTextChunks
{
    /// <summary>The most bytes the compressed text of one image may inflate to: the same 16 MiB as the file itself.</summary>
    public const int MaxInflatedBytes = ImageFiles.MaxBytes;

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The split of <paramref name="bytes"/>, or null when it is not a PNG or has none of those chunks.</summary>
    public static PngTextSplit? TrySplit(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (!span.StartsWith(Signature))
        {
            return null;
        }

        var kept = new List<ReadOnlyMemory<byte>>();
        var packets = new List<byte[]>();
        var budget = MaxInflatedBytes;
        var overBudget = false;
        var corrupt = false;
        var removed = false;
        var keptFrom = 0;
        var position = Signature.Length;

        // length (4) + type (4) + data + CRC (4); a truncated last chunk is left for MetadataExtractor to report.
        while (span.Length - position >= 12)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(span[position..]);
            if (length > (uint)(span.Length - position - 12))
            {
                break;
            }

            var type = span.Slice(position + 4, 4);
            var end = position + 12 + (int)length;
            var data = bytes.Slice(position + 8, (int)length);
            // Uncompressed iTXt other than XMP costs only its own bytes: it stays for MetadataExtractor as it is.
            var plainIText = type.SequenceEqual("iTXt"u8) && !IsCompressedIText(data.Span) && XmpText(type, data.Span) is null;
            if ((type.SequenceEqual("zTXt"u8) || type.SequenceEqual("iTXt"u8) || type.SequenceEqual("iCCP"u8)) && !plainIText)
            {
                var keepChunk = false;

                // Once one packet has run past the cap, later compressed ones are dropped unread: the cap bounds the
                // work too. Uncompressed XMP costs only its own bytes and is always kept.
                if (XmpText(type, data.Span) is var (start, compressed) && !(compressed && overBudget))
                {
                    var (outcome, packet) = compressed ? Inflate(data[start..], budget) : (Outcome.Inflated, data[start..].ToArray());
                    if (packet is not null)
                    {
                        packets.Add(packet);
                        budget -= packet.Length;
                    }

                    overBudget |= outcome == Outcome.OverBudget;
                    corrupt |= outcome == Outcome.Corrupt;
                }
                else if (type.SequenceEqual("zTXt"u8) && !overBudget && ZTextStart(data.Span) is { } textStart)
                {
                    // Measured here, within the budget, so that MetadataExtractor's own inflating is bounded too.
                    var (outcome, text) = Inflate(data[textStart..], budget);
                    if (text is not null)
                    {
                        budget -= text.Length;
                        keepChunk = true;
                    }

                    overBudget |= outcome == Outcome.OverBudget;
                }

                if (keepChunk)
                {
                    position = end;
                    continue;
                }

                if (position > keptFrom)
                {
                    kept.Add(bytes[keptFrom..position]);
                }

                keptFrom = end;
                removed = true;
            }

            position = end;
        }

        if (!removed)
        {
            return null;
        }

        kept.Add(bytes[keptFrom..]);
        return new PngTextSplit(Join(kept), packets, overBudget, corrupt);
    }

    /// <summary>
    /// Where the XMP text starts in a chunk's data and whether it is compressed, or null when the chunk holds no XMP
    /// (or is malformed): <c>zTXt</c> is keyword, NUL, method, zlib stream; <c>iTXt</c> is keyword, NUL, flag, method,
    /// language, NUL, translated keyword, NUL, text (a zlib stream when the flag is 1); <c>iCCP</c> holds a colour
    /// profile, never XMP.
    /// </summary>
    private static (int Start, bool Compressed)? XmpText(ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        var keywordEnd = data.IndexOf((byte)0);
        if (type.SequenceEqual("iCCP"u8) || keywordEnd < 0 || !data[..keywordEnd].SequenceEqual("XML:com.adobe.xmp"u8))
        {
            return null;
        }

        if (type.SequenceEqual("zTXt"u8))
        {
            return data.Length > keywordEnd + 2 && data[keywordEnd + 1] == 0 ? (keywordEnd + 2, true) : null;
        }

        var afterMethod = keywordEnd + 3;
        if (data.Length <= afterMethod || data[keywordEnd + 1] > 1 || data[keywordEnd + 2] != 0)
        {
            return null;
        }

        var languageEnd = data[afterMethod..].IndexOf((byte)0);
        var translatedEnd = languageEnd < 0 ? -1 : data[(afterMethod + languageEnd + 1)..].IndexOf((byte)0);
        return translatedEnd < 0 ? null : (afterMethod + languageEnd + 1 + translatedEnd + 1, data[keywordEnd + 1] == 1);
    }

    private enum Outcome
    {
        Inflated,
        OverBudget,
        Corrupt,
    }

    /// <summary>The inflated bytes, streamed and never more than <paramref name="budget"/> of them.</summary>
    private static (Outcome Outcome, byte[]? Packet) Inflate(ReadOnlyMemory<byte> compressed, int budget)
    {
        var segment = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(compressed, out var array)
            ? array
            : new ArraySegment<byte>(compressed.ToArray());
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                if (output.Length + read > budget)
                {
                    return (Outcome.OverBudget, null);
                }

                output.Write(buffer, 0, read);
            }

            return (Outcome.Inflated, output.ToArray());
        }
        catch (InvalidDataException)
        {
            return (Outcome.Corrupt, null);
        }
    }

    private static bool IsCompressedIText(ReadOnlySpan<byte> data)
    {
        var keywordEnd = data.IndexOf((byte)0);
        return keywordEnd >= 0 && data.Length > keywordEnd + 1 && data[keywordEnd + 1] == 1;
    }

    /// <summary>Where a <c>zTXt</c> chunk's zlib stream starts (after the keyword, its NUL and the method byte), or null when malformed.</summary>
    private static int? ZTextStart(ReadOnlySpan<byte> data)
    {
        var keywordEnd = data.IndexOf((byte)0);
        return keywordEnd >= 0 && data.Length > keywordEnd + 2 && data[keywordEnd + 1] == 0 ? keywordEnd + 2 : null;
    }

    private static byte[] Join(List<ReadOnlyMemory<byte>> parts)
    {
        var result = new byte[parts.Sum(part => part.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.Span.CopyTo(result.AsSpan(at));
            at += part.Length;
        }

        return result;
    }
}
