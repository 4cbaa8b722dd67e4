using System.Net;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Photos;

/// <summary>
/// The caption of the <c>figure</c> an image stands in: <c>&lt;figure&gt;&lt;img …&gt;&lt;figcaption&gt;Amara
/// and her mom&lt;/figcaption&gt;&lt;/figure&gt;</c>. The alt text is often empty or generic; the caption says who.
/// Read from the page source after the image, up to the figure's end.
/// </summary>
internal static class FigureCaption
{
    // A caption is a line or two; a figure that runs on longer is not one we can read for sure.
    private const int MaxDistance = 600;

    private static readonly Regex Tag = new(
        @"<[^>]*>", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The caption's text after the image that ends at <paramref name="imageEnd"/>, or empty.</summary>
    public static string After(string source, int imageEnd)
    {
        if (imageEnd <= 0 || imageEnd >= source.Length)
        {
            return string.Empty;
        }

        var length = Math.Min(MaxDistance, source.Length - imageEnd);
        var window = source.AsSpan(imageEnd, length);
        var figureEnd = window.IndexOf("</figure", StringComparison.OrdinalIgnoreCase);
        if (figureEnd < 0)
        {
            return string.Empty;
        }

        // Another picture before the caption: the caption belongs to the figure, not to this image alone.
        var inside = source.Substring(imageEnd, figureEnd);
        if (inside.Contains("<img", StringComparison.OrdinalIgnoreCase) || inside.Contains("![", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var open = inside.IndexOf("<figcaption", StringComparison.OrdinalIgnoreCase);
        var textStart = open < 0 ? -1 : inside.IndexOf('>', open);
        var close = textStart < 0 ? -1 : inside.IndexOf("</figcaption", textStart, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? string.Empty : WebUtility.HtmlDecode(Tag.Replace(inside[(textStart + 1)..close], " ")).Trim();
    }
}
