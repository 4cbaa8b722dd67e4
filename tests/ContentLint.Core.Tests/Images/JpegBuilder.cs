using System.Text;

namespace ContentLint.Core.Tests.Images;

/// <summary>
/// Writes small, valid JPEG files with the metadata segments cameras and photo tools write: APP1 "Exif" (a big-endian
/// TIFF with IFD0, the Exif sub-IFD and the GPS IFD), APP1 XMP and APP13 Photoshop IPTC. No pixels: metadata readers
/// stop at the first scan segment, so the image data does not matter. Every value is invented.
/// </summary>
internal sealed class JpegBuilder
{
    private readonly List<(int Tag, int Type, byte[] Data)> _ifd0 = [];
    private readonly List<(int Tag, int Type, byte[] Data)> _exif = [];
    private readonly List<(int Tag, int Type, byte[] Data)> _gps = [];
    private readonly List<(int Record, int Dataset, string Value)> _iptc = [];
    private string? _xmp;

    public JpegBuilder Artist(string name) => Ascii(_ifd0, 0x013B, name);

    public JpegBuilder Software(string name) => Ascii(_ifd0, 0x0131, name);

    public JpegBuilder DateTimeOriginal(string value) => Ascii(_exif, 0x9003, value);

    public JpegBuilder BodySerialNumber(string value) => Ascii(_exif, 0xA431, value);

    public JpegBuilder LensSerialNumber(string value) => Ascii(_exif, 0xA435, value);

    /// <summary>A GPS position in degrees, minutes and seconds (hundredths).</summary>
    public JpegBuilder Gps(char latitudeRef, int latDeg, int latMin, int latSecHundredths, char longitudeRef, int lonDeg, int lonMin, int lonSecHundredths)
    {
        _gps.Add((0x0001, 2, Encoding.ASCII.GetBytes($"{latitudeRef}\0")));
        _gps.Add((0x0002, 5, Rationals((latDeg, 1), (latMin, 1), (latSecHundredths, 100))));
        _gps.Add((0x0003, 2, Encoding.ASCII.GetBytes($"{longitudeRef}\0")));
        _gps.Add((0x0004, 5, Rationals((lonDeg, 1), (lonMin, 1), (lonSecHundredths, 100))));
        return this;
    }

    /// <summary>An XMP packet whose rdf:Description holds <paramref name="properties"/> (namespaces declared here).</summary>
    public JpegBuilder Xmp(string properties)
    {
        _xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\""
            + " xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\" xmlns:aux=\"http://ns.adobe.com/exif/1.0/aux/\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\""
            + " xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\">"
            + properties + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        return this;
    }

    /// <summary>XMP PersonInImage (IPTC Extension): the people shown.</summary>
    public JpegBuilder PersonInImage(params string[] names) =>
        Xmp("<Iptc4xmpExt:PersonInImage><rdf:Bag>" + string.Concat(names.Select(n => $"<rdf:li>{n}</rdf:li>")) + "</rdf:Bag></Iptc4xmpExt:PersonInImage>");

    public JpegBuilder IptcByLine(string value) => Iptc(80, value);

    public JpegBuilder IptcCaption(string value) => Iptc(120, value);

    public JpegBuilder IptcKeyword(string value) => Iptc(25, value);

    /// <summary>The file with a start-of-scan segment and <paramref name="imageBytes"/> bytes of (blank) image data after the metadata.</summary>
    public byte[] BuildWithImageData(int imageBytes)
    {
        var head = Build();
        var scan = new byte[head.Length - 2 + 12 + imageBytes + 2];
        head.AsSpan(0, head.Length - 2).CopyTo(scan);
        byte[] sos = [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x00, 0x00];
        sos.CopyTo(scan, head.Length - 2);
        scan[^2] = 0xFF;
        scan[^1] = 0xD9;
        return scan;
    }

    public byte[] Build()
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        if (_ifd0.Count + _exif.Count + _gps.Count > 0)
        {
            Segment(jpeg, 0xE1, [.. "Exif\0\0"u8, .. Tiff()]);
        }

        if (_xmp is not null)
        {
            Segment(jpeg, 0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes(_xmp)]);
        }

        if (_iptc.Count > 0)
        {
            Segment(jpeg, 0xED, [.. "Photoshop 3.0\0"u8, .. PhotoshopIptc()]);
        }

        jpeg.AddRange([0xFF, 0xD9]);
        return [.. jpeg];
    }

    private JpegBuilder Ascii(List<(int, int, byte[])> ifd, int tag, string value)
    {
        ifd.Add((tag, 2, Encoding.ASCII.GetBytes(value + "\0")));
        return this;
    }

    private JpegBuilder Iptc(int dataset, string value)
    {
        _iptc.Add((2, dataset, value));
        return this;
    }

    /// <summary>The EXIF data as a TIFF structure (what follows <c>Exif\0\0</c> in a JPEG's APP1 or a PNG's raw profile).</summary>
    public byte[] Tiff()
    {
        // Offsets are from the start of the TIFF header; IFD0 follows the 8-byte header, then the Exif and GPS IFDs.
        var ifd0 = new List<(int Tag, int Type, byte[] Data)>(_ifd0);
        if (_exif.Count > 0)
        {
            ifd0.Add((0x8769, 4, new byte[4]));
        }

        if (_gps.Count > 0)
        {
            ifd0.Add((0x8825, 4, new byte[4]));
        }

        var exifOffset = 8 + Ifd(ifd0, 8).Length;
        var gpsOffset = exifOffset + (_exif.Count > 0 ? Ifd(_exif, exifOffset).Length : 0);
        for (var i = 0; i < ifd0.Count; i++)
        {
            ifd0[i] = ifd0[i].Tag switch
            {
                0x8769 => (0x8769, 4, Be32(exifOffset)),
                0x8825 => (0x8825, 4, Be32(gpsOffset)),
                _ => ifd0[i],
            };
        }

        var tiff = new List<byte>();
        tiff.AddRange("MM"u8);
        tiff.AddRange(Be16(42));
        tiff.AddRange(Be32(8));
        tiff.AddRange(Ifd(ifd0, 8));
        if (_exif.Count > 0)
        {
            tiff.AddRange(Ifd(_exif, exifOffset));
        }

        if (_gps.Count > 0)
        {
            tiff.AddRange(Ifd(_gps, gpsOffset));
        }

        return [.. tiff];
    }

    private static byte[] Ifd(List<(int Tag, int Type, byte[] Data)> entries, int offset)
    {
        var head = new List<byte>();
        var extra = new List<byte>();
        var extraStart = offset + 2 + (entries.Count * 12) + 4;
        head.AddRange(Be16(entries.Count));
        foreach (var (tag, type, data) in entries.OrderBy(e => e.Tag))
        {
            head.AddRange(Be16(tag));
            head.AddRange(Be16(type));
            head.AddRange(Be32(type switch { 5 => data.Length / 8, 4 => data.Length / 4, _ => data.Length }));
            if (data.Length <= 4)
            {
                head.AddRange([.. data, .. new byte[4 - data.Length]]);
            }
            else
            {
                head.AddRange(Be32(extraStart + extra.Count));
                extra.AddRange(data);
                if (extra.Count % 2 == 1)
                {
                    extra.Add(0);
                }
            }
        }

        head.AddRange(Be32(0));
        return [.. head, .. extra];
    }

    private byte[] PhotoshopIptc()
    {
        var iptc = new List<byte>();
        foreach (var (record, dataset, value) in _iptc)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            iptc.AddRange([0x1C, (byte)record, (byte)dataset, .. Be16(bytes.Length), .. bytes]);
        }

        var resource = new List<byte>();
        resource.AddRange("8BIM"u8);
        resource.AddRange(Be16(0x0404));
        resource.AddRange([0, 0]);
        resource.AddRange(Be32(iptc.Count));
        resource.AddRange(iptc);
        if (iptc.Count % 2 == 1)
        {
            resource.Add(0);
        }

        return [.. resource];
    }

    private static void Segment(List<byte> jpeg, int marker, byte[] body)
    {
        jpeg.AddRange([0xFF, (byte)marker, .. Be16(body.Length + 2)]);
        jpeg.AddRange(body);
    }

    private static byte[] Rationals(params (int Numerator, int Denominator)[] values) =>
        [.. values.SelectMany(v => Be32(v.Numerator).Concat(Be32(v.Denominator)))];

    private static byte[] Be16(int value) => [(byte)(value >> 8), (byte)value];

    private static byte[] Be32(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
