namespace ContentLint.Core.Images;

/// <summary>What a metadata value is, which decides the rule it may be reported under.</summary>
internal enum ImageValueKind
{
    /// <summary>A GPS position (PHI002).</summary>
    Location,

    /// <summary>A field that names the person shown (XMP PersonInImage, face-region names): a name by definition (PHI001).</summary>
    PersonShown,

    /// <summary>A creator or owner field (EXIF Artist, IPTC By-line): a name when the name detector sees one (PHI001).</summary>
    Creator,

    /// <summary>Free text (caption, description, keywords, title): names found in it by the name detector (PHI001).</summary>
    FreeText,

    /// <summary>A camera, lens or device serial number (PHI013).</summary>
    Serial,

    /// <summary>When the picture was taken (PHI003 on patient pages).</summary>
    CaptureDate,
}
