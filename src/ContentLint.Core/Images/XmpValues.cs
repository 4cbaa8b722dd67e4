using System.Globalization;
using MetadataExtractor.Formats.Xmp;

namespace ContentLint.Core.Images;

/// <summary>The identifying XMP properties, recognized by their property paths (namespace prefix and name).</summary>
internal static class XmpValues
{
    public static void Collect(XmpDirectory xmp, List<ImageValue> values)
    {
        string? latitude = null, longitude = null;
        foreach (var (path, value) in xmp.GetXmpProperties())
        {
            var name = LastName(path);
            switch (name)
            {
                case "Iptc4xmpExt:PersonInImage":
                    ImageMetadataReader.AddText(values, ImageValueKind.PersonShown, "XMP PersonInImage", value);
                    break;
                case "mwg-rs:Name" or "MPReg:PersonDisplayName":
                    ImageMetadataReader.AddText(values, ImageValueKind.PersonShown, "XMP face region name", value);
                    break;
                case "dc:creator" or "photoshop:Author":
                    ImageMetadataReader.AddText(values, ImageValueKind.Creator, "XMP creator", value);
                    break;
                case "dc:description" or "dc:title" or "dc:subject" or "photoshop:Headline" or "Iptc4xmpCore:ExtDescrAccessibility":
                    ImageMetadataReader.AddText(values, ImageValueKind.FreeText, "XMP " + name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..], value);
                    break;
                case "exif:DateTimeOriginal" or "photoshop:DateCreated" or "xmp:CreateDate":
                    ImageMetadataReader.AddText(values, ImageValueKind.CaptureDate, "XMP " + name, value);
                    break;
                case "exif:GPSLatitude":
                    latitude = value;
                    break;
                case "exif:GPSLongitude":
                    longitude = value;
                    break;
                default:
                    if (name.EndsWith("SerialNumber", StringComparison.Ordinal))
                    {
                        ImageMetadataReader.AddText(values, ImageValueKind.Serial, "XMP serial number", value);
                    }

                    break;
            }
        }

        if (Coordinate(latitude) is { } lat && Coordinate(longitude) is { } lon && (lat != 0 || lon != 0))
        {
            values.Add(new ImageValue(ImageValueKind.Location, "XMP GPS position", ImageMetadataReader.Position(lat, lon)));
        }
    }

    /// <summary>"dc:subject[2]" and "a/b[1]/mwg-rs:Name" end in the property name.</summary>
    private static string LastName(string path)
    {
        var slash = path.LastIndexOf('/');
        var name = slash < 0 ? path : path[(slash + 1)..];
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? name : name[..bracket];
    }

    /// <summary>An XMP GPS coordinate, "41,52.5N" or "87,37.2W" (degrees, decimal minutes, direction), as a signed number.</summary>
    private static double? Coordinate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length < 2)
        {
            return null;
        }

        var direction = char.ToUpperInvariant(text[^1]);
        var parts = text[..^1].Split(',');
        double total = 0, scale = 1;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            total += number / scale;
            scale *= 60;
        }

        return direction is 'S' or 'W' ? -total : total;
    }
}
