namespace ContentLint.Core.Images;

/// <summary>Which files are images whose metadata ContentLint reads, and how much of each it reads.</summary>
public static class ImageFiles
{
    /// <summary>
    /// At most this many bytes of an image are read (16 MiB). JPEG keeps its EXIF, XMP and IPTC segments before the
    /// image data, PNG and HEIC usually do too; a larger WebP or TIFF may keep them further on, which is reported as a
    /// partial scan (CL1002).
    /// </summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    // Walked as an array: a foreach over the IReadOnlyList boxed an enumerator on every call (one per path scanned).
    // Declared before Extensions, which wraps it: static initializers run in textual order.
    private static readonly string[] ExtensionArray = [".jpg", ".jpeg", ".png", ".webp", ".heic", ".tif", ".tiff", ".gif"];

    /// <summary>The file extensions treated as images (lower case, with the dot).</summary>
    public static IReadOnlyList<string> Extensions { get; } = Array.AsReadOnly(ExtensionArray);

    /// <summary>True when <paramref name="path"/> ends with one of <see cref="Extensions"/> (any case).</summary>
    public static bool IsImagePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return IsImagePath(path.AsSpan());
    }

    /// <inheritdoc cref="IsImagePath(string)"/>
    public static bool IsImagePath(ReadOnlySpan<char> path)
    {
        foreach (var extension in ExtensionArray)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
