using ContentLint.Core.Model;

namespace ContentLint.Core.Images;

/// <summary>
/// Image URLs in a page: Markdown images, HTML <c>src</c>/<c>srcset</c> (every candidate of a srcset), links to image
/// files, <c>og:image</c>-style meta content, lazy-loading <c>data-src</c> attributes and front-matter values such as
/// <c>image:</c>, <c>cover:</c> or <c>images: [...]</c>. A value counts when its path ends in an image extension.
/// </summary>
internal static class ImageReferenceFinder
{
    public static List<ImageReference> Find(ContentDocument document)
    {
        var references = new List<ImageReference>();
        foreach (var segment in document.Segments)
        {
            var many = segment.Name is "srcset" or "data-srcset";
            var scanned = segment.Kind switch
            {
                RegionKind.ImageSource or RegionKind.LinkUrl or RegionKind.MetaContent or RegionKind.FrontMatterValue or RegionKind.DataValue => true,
                RegionKind.Attribute => segment.Name is "data-src" or "data-srcset" or "data-original" or "data-lazy-src",
                _ => false,
            };
            if (!scanned)
            {
                continue;
            }

            if (!many)
            {
                // One value, checked without a one-element collection and its enumerator: most segments come here.
                var (start, length) = Trimmed(segment.Text);
                AddIfImage(references, segment, start, length);
                continue;
            }

            foreach (var (start, length) in SrcsetUrls(segment.Text))
            {
                AddIfImage(references, segment, start, length);
            }
        }

        return references;
    }

    private static void AddIfImage(List<ImageReference> references, Segment segment, int start, int length)
    {
        // Checked on the span: most link and front-matter values are no image, and need no copy.
        var url = segment.Text.AsSpan(start, length);
        if (length > 0 && ImageFiles.IsImagePath(PathPart(url)) && !url.Contains(' '))
        {
            references.Add(new ImageReference(segment, start, length, url.ToString()));
        }
    }

    /// <summary>The URL without query and fragment.</summary>
    public static string PathPart(string url)
    {
        var path = PathPart(url.AsSpan());
        return path.Length == url.Length ? url : path.ToString();
    }

    /// <inheritdoc cref="PathPart(string)"/>
    public static ReadOnlySpan<char> PathPart(ReadOnlySpan<char> url)
    {
        var cut = url.IndexOfAny('?', '#');
        return cut < 0 ? url : url[..cut];
    }

    private static (int Start, int Length) Trimmed(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    /// <summary>"a.jpg 1x, b.jpg 2x": each candidate's URL, without its descriptor.</summary>
    private static IEnumerable<(int Start, int Length)> SrcsetUrls(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ','))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            // A URL never ends with a comma in a srcset: the comma separates candidates.
            var end = i;
            while (end > start && text[end - 1] == ',')
            {
                end--;
            }

            if (end > start)
            {
                yield return (start, end - start);
            }

            while (i < text.Length && text[i] != ',')
            {
                i++;
            }
        }
    }
}
