using System.Net;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Photos;

/// <summary>The alt text, title and source of one Markdown image or HTML <c>img</c> tag, read from its source text.</summary>
internal sealed record ImageParts(string Alt, string Title, string Source)
{
    // Records print every property by default; these hold text from the page, which may be PHI.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Alt = {Alt.Length} chars, Title = {Title.Length} chars, Source = {Source.Length} chars");
        return true;
    }

    private static readonly Regex Attribute = new(
        @"\b(alt|title|srcset|src)\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>""']+))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The file name of the source without folders, query and extension, words split at '-', '_' and '.'.</summary>
    public string FileWords
    {
        get
        {
            var path = Source;
            var cut = path.IndexOfAny(['?', '#']);
            path = cut >= 0 ? path[..cut] : path;
            var name = path[(path.LastIndexOf('/') + 1)..];
            var dot = name.LastIndexOf('.');
            return (dot > 0 ? name[..dot] : name).Replace('-', ' ').Replace('_', ' ').Replace('.', ' ');
        }
    }

    /// <summary>The source's file extension without the dot, lower case ("svg"), or empty.</summary>
    public string Extension
    {
        get
        {
            var cut = Source.IndexOfAny(['?', '#']);
            var path = cut >= 0 ? Source[..cut] : Source;
            var dot = path.LastIndexOf('.');
            return dot > path.LastIndexOf('/') && dot >= 0 ? path[(dot + 1)..].ToLowerInvariant() : string.Empty;
        }
    }

    /// <summary>The same image with a caption read with its title (a <c>figcaption</c> says who a picture shows).</summary>
    public ImageParts WithCaption(string caption) =>
        caption.Length == 0 ? this : this with { Title = Title.Length == 0 ? caption : Title + " . " + caption };

    public static ImageParts Parse(string image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return image.StartsWith("![", StringComparison.Ordinal) ? ParseMarkdown(image) : ParseHtml(image);
    }

    private static ImageParts ParseMarkdown(string image)
    {
        var close = image.LastIndexOf("](", StringComparison.Ordinal);
        if (close < 0)
        {
            return new ImageParts(image[2..], string.Empty, string.Empty);
        }

        var target = image[(close + 2)..].TrimEnd(')').Trim();
        var space = target.IndexOfAny([' ', '\t', '\n']);
        var source = (space < 0 ? target : target[..space]).Trim('<', '>');
        var title = space < 0 ? string.Empty : target[space..].Trim().Trim('"', '\'', '(', ')');
        return new ImageParts(image[2..close], title, source);
    }

    private static ImageParts ParseHtml(string tag)
    {
        string alt = string.Empty, title = string.Empty, source = string.Empty, sourceSet = string.Empty;
        foreach (Match match in Attribute.Matches(tag))
        {
            var value = WebUtility.HtmlDecode(match.Groups[2].Success ? match.Groups[2].Value
                : match.Groups[3].Success ? match.Groups[3].Value : match.Groups[4].Value);
            switch (match.Groups[1].Value.ToLowerInvariant())
            {
                case "alt": alt = value; break;
                case "title": title = value; break;
                case "srcset": sourceSet = value; break;
                default: source = value; break;
            }
        }

        // A responsive image may give only a srcset ("maria-480.jpg 480w, maria-960.jpg 960w"): its first file names it.
        if (source.Length == 0 && sourceSet.Length > 0)
        {
            source = sourceSet.Trim().Split([' ', ',', '\t', '\n'], 2)[0];
        }

        return new ImageParts(alt, title, source);
    }
}
