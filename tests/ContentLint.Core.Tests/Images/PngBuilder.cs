using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ContentLint.Core.Tests.Images;

/// <summary>A minimal valid PNG (a 1x1 grey pixel) with text chunks added before the image data.</summary>
internal sealed class PngBuilder
{
    public const string XmpKeyword = "XML:com.adobe.xmp";

    private readonly List<(string Type, byte[] Data)> _chunks = [];

    /// <summary>An XMP packet naming <paramref name="names"/> in Iptc4xmpExt:PersonInImage.</summary>
    public static byte[] PersonInImageXmp(params string[] names) => Encoding.UTF8.GetBytes(
        "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\""
        + " xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\"><Iptc4xmpExt:PersonInImage><rdf:Bag>"
        + string.Concat(names.Select(n => $"<rdf:li>{n}</rdf:li>"))
        + "</rdf:Bag></Iptc4xmpExt:PersonInImage></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>");

    /// <summary>The zlib stream of <paramref name="count"/> zero bytes, written in blocks: a compression bomb.</summary>
    public static byte[] DeflatedZeros(long count)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var block = new byte[1024 * 1024];
            for (var left = count; left > 0; left -= block.Length)
            {
                zlib.Write(block, 0, (int)Math.Min(block.Length, left));
            }
        }

        return output.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A zTXt chunk: keyword, NUL, method 0, then the zlib stream.</summary>
    public PngBuilder ZText(string keyword, byte[] zlibStream) =>
        Chunk("zTXt", [.. Encoding.Latin1.GetBytes(keyword), 0, 0, .. zlibStream]);

    /// <summary>A compressed iTXt chunk: keyword, NUL, flag 1, method 0, empty language and translated keyword, then the zlib stream.</summary>
    public PngBuilder CompressedIText(string keyword, byte[] zlibStream) =>
        Chunk("iTXt", [.. Encoding.Latin1.GetBytes(keyword), 0, 1, 0, 0, 0, .. zlibStream]);

    public PngBuilder Chunk(string type, byte[] data)
    {
        _chunks.Add((type, data));
        return this;
    }

    public byte[] Build()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Write(png, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
        foreach (var (type, data) in _chunks)
        {
            Write(png, type, data);
        }

        Write(png, "IDAT", Deflate([0, 0x80]));
        Write(png, "IEND", []);
        return png.ToArray();
    }

    private static void Write(Stream png, string type, byte[] data)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, header.AsSpan(4));
        png.Write(header);
        png.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. header.AsSpan(4), .. data]));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
