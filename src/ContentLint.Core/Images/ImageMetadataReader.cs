using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using Directory = MetadataExtractor.Directory;

namespace ContentLint.Core.Images;

/// <summary>
/// Reads the EXIF, XMP and IPTC values that can identify a person with MetadataExtractor. Image bytes are hostile input
/// for a third-party parser: any exception becomes a problem message (never quoting the bytes), the caller has
/// already bounded how many bytes there are, and compressed PNG text never reaches the parser (see
/// <see cref="PngTextChunks"/>: it would inflate without bound).
/// </summary>
internal static class ImageMetadataReader
{
    private static readonly (int Tag, ImageValueKind Kind, string Name)[] ExifTags =
    [
        (ExifDirectoryBase.TagArtist, ImageValueKind.Creator, "EXIF Artist"),
        (ExifDirectoryBase.TagCameraOwnerName, ImageValueKind.Creator, "EXIF CameraOwnerName"),
        (ExifDirectoryBase.TagWinAuthor, ImageValueKind.Creator, "EXIF XPAuthor"),
        (ExifDirectoryBase.TagImageDescription, ImageValueKind.FreeText, "EXIF ImageDescription"),
        (ExifDirectoryBase.TagUserComment, ImageValueKind.FreeText, "EXIF UserComment"),
        (ExifDirectoryBase.TagWinTitle, ImageValueKind.FreeText, "EXIF XPTitle"),
        (ExifDirectoryBase.TagWinComment, ImageValueKind.FreeText, "EXIF XPComment"),
        (ExifDirectoryBase.TagWinKeywords, ImageValueKind.FreeText, "EXIF XPKeywords"),
        (ExifDirectoryBase.TagWinSubject, ImageValueKind.FreeText, "EXIF XPSubject"),
        (ExifDirectoryBase.TagBodySerialNumber, ImageValueKind.Serial, "EXIF BodySerialNumber"),
        (ExifDirectoryBase.TagLensSerialNumber, ImageValueKind.Serial, "EXIF LensSerialNumber"),
        (ExifDirectoryBase.TagDateTimeOriginal, ImageValueKind.CaptureDate, "EXIF DateTimeOriginal"),
    ];

    private static readonly (int Tag, ImageValueKind Kind, string Name)[] IptcTags =
    [
        (IptcDirectory.TagByLine, ImageValueKind.Creator, "IPTC By-line"),
        (IptcDirectory.TagCaption, ImageValueKind.FreeText, "IPTC Caption"),
        (IptcDirectory.TagHeadline, ImageValueKind.FreeText, "IPTC Headline"),
        (IptcDirectory.TagObjectName, ImageValueKind.FreeText, "IPTC ObjectName"),
        (IptcDirectory.TagDateCreated, ImageValueKind.CaptureDate, "IPTC DateCreated"),
    ];

    /// <summary>The identifying values of an image, a reason it could not be read, and a reason it was read only in part.</summary>
    public static (List<ImageValue> Values, string? Unreadable, string? Partial) Read(ReadOnlyMemory<byte> bytes)
    {
        var png = PngTextChunks.TrySplit(bytes);
        List<Directory> directories;
        try
        {
            var readable = png?.Rest ?? bytes;
            using var stream = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(readable, out var array)
                ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false)
                : new MemoryStream(readable.ToArray(), writable: false);
            directories = [.. MetadataExtractor.ImageMetadataReader.ReadMetadata(stream)];
        }
        catch (ImageProcessingException)
        {
            return ([], "not a readable image (unknown or unsupported format), metadata not scanned", null);
        }
        catch (IOException)
        {
            return ([], "image data ends early (truncated or corrupt), metadata not scanned", null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only the type: a parser's message could quote the bytes.
            return ([], $"corrupt image, metadata not scanned ({ex.GetType().Name})", null);
        }

        var corruptXmp = false;
        foreach (var packet in png?.XmpPackets ?? [])
        {
            try
            {
                directories.Add(new XmpReader().Extract(packet));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // One bad packet spoils only itself, as a corrupt segment does in a JPEG.
                corruptXmp = true;
            }
        }

        var values = new List<ImageValue>();
        foreach (var directory in directories)
        {
            Collect(directory, values);
        }

        var partial = png is { OverBudget: true }
            ? $"compressed PNG text inflating to more than {PngTextChunks.MaxInflatedBytes / (1024 * 1024)} MiB was not scanned; the rest was"
            : directories.Any(d => d.HasError) || corruptXmp || png is { Corrupt: true } ? "part of the image metadata is corrupt; the rest was scanned" : null;
        return ([.. values.DistinctBy(v => (v.Kind, v.Text))], null, partial);
    }

    private static void Collect(Directory directory, List<ImageValue> values)
    {
        switch (directory)
        {
            case GpsDirectory gps:
                if (gps.GetGeoLocation() is { IsZero: false } location)
                {
                    values.Add(new ImageValue(ImageValueKind.Location, "EXIF GPS position", Position(location.Latitude, location.Longitude)));
                }

                break;
            case ExifDirectoryBase exif:
                Add(exif, ExifTags, values);
                break;
            case IptcDirectory iptc:
                Add(iptc, IptcTags, values);
                foreach (var keyword in iptc.GetStringArray(IptcDirectory.TagKeywords) ?? [])
                {
                    AddText(values, ImageValueKind.FreeText, "IPTC Keywords", keyword);
                }

                break;
            case XmpDirectory xmp:
                XmpValues.Collect(xmp, values);
                return;
        }

        // Maker notes keep serial numbers under each maker's own tags ("Camera Serial Number", "Internal Serial Number").
        if (directory.GetType().Name.Contains("Makernote", StringComparison.Ordinal))
        {
            foreach (var tag in directory.Tags.Where(t => t.Name.Contains("Serial", StringComparison.OrdinalIgnoreCase) && !t.Name.Contains("Format", StringComparison.OrdinalIgnoreCase)))
            {
                AddText(values, ImageValueKind.Serial, "maker note serial number", directory.GetString(tag.Type));
            }
        }
    }

    private static void Add(Directory directory, (int Tag, ImageValueKind Kind, string Name)[] tags, List<ImageValue> values)
    {
        foreach (var (tag, kind, name) in tags)
        {
            if (directory.ContainsTag(tag))
            {
                AddText(values, kind, name, directory.GetDescription(tag) ?? directory.GetString(tag));
            }
        }
    }

    internal static void AddText(List<ImageValue> values, ImageValueKind kind, string tag, string? text)
    {
        var value = text?.Replace('\0', ' ').Trim();
        if (string.IsNullOrEmpty(value) || (kind == ImageValueKind.Serial && value.All(c => c is '0' or ' ' or '-')))
        {
            return;
        }

        values.Add(new ImageValue(kind, tag, value));
    }

    internal static string Position(double latitude, double longitude) =>
        string.Create(CultureInfo.InvariantCulture, $"{latitude:F5},{longitude:F5}");
}
