using System.Collections.Concurrent;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Images;

/// <summary>
/// Reads and analyzes each image at most once per scan (pages may show the same image many times, in parallel), and
/// keeps only the analysis: the bytes are dropped as soon as the metadata is read.
/// </summary>
internal sealed class ImageLibrary(IImageSource source, RuleCatalog catalog)
{
    private readonly ConcurrentDictionary<string, Lazy<ImageAnalysis?>> _analyses = new(StringComparer.Ordinal);
    private readonly ImageFactFinder _facts = new(catalog);

    /// <summary>The analysis of the image at <paramref name="path"/>, or null when the source has no such file.</summary>
    public ImageAnalysis? Analyze(string path) =>
        _analyses.GetOrAdd(path, key => new Lazy<ImageAnalysis?>(() => Load(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private ImageAnalysis? Load(string path)
    {
        if (source.Read(path) is not { } read)
        {
            return null;
        }

        if (read.Problem is { } problem)
        {
            return new ImageAnalysis([], problem, null);
        }

        var (values, unreadable, partial) = ImageMetadataReader.Read(read.Bytes);
        if (unreadable is not null && read.Truncated)
        {
            unreadable = $"image larger than {ImageFiles.MaxBytes / (1024 * 1024)} MB whose metadata could not be read from its first {ImageFiles.MaxBytes / (1024 * 1024)} MB, not scanned";
        }
        else if (read.Truncated && !IsJpeg(read.Bytes.Span))
        {
            // JPEG keeps its metadata before the image data; other formats may keep it past what was read.
            partial ??= $"image larger than {ImageFiles.MaxBytes / (1024 * 1024)} MB: only the metadata in its first {ImageFiles.MaxBytes / (1024 * 1024)} MB was scanned";
        }

        return new ImageAnalysis(_facts.Find(path, values), unreadable, partial);
    }

    private static bool IsJpeg(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF;
}
