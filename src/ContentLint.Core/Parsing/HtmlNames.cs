using System.Text;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Lower-cased tag and attribute names without a new string each time: the common names come from a fixed table,
/// so the thousands of tags of a site do not each allocate their name twice (substring, then lower case).
/// </summary>
internal static class HtmlNames
{
    private static readonly HashSet<string> Known = new(
        ["a", "abbr", "area", "article", "aside", "b", "blockquote", "body", "br", "button", "caption", "code", "col",
         "dd", "details", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
         "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "label", "li", "link", "main",
         "meta", "nav", "ol", "option", "p", "picture", "pre", "script", "section", "select", "small", "source", "span",
         "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time",
         "title", "tr", "u", "ul", "video",
         "action", "alt", "aria-describedby", "aria-description", "aria-hidden", "aria-label", "aria-placeholder",
         "async", "charset", "cite", "class", "colspan", "content", "crossorigin", "data-id", "datetime", "decoding",
         "defer", "dir", "download", "for", "height", "href", "hreflang", "id", "integrity", "itemprop", "lang",
         "loading", "media", "method", "name", "onclick", "onload", "placeholder", "poster", "property", "rel", "role",
         "rowspan", "scope", "sizes", "src", "srcset", "style", "tabindex", "target", "type", "value", "width"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The same string as <c>name.ToString().ToLowerInvariant()</c>, shared when the name is a common one.</summary>
    public static string Lower(ReadOnlySpan<char> name)
    {
        // Only ASCII names are looked up: for ASCII, ignoring case ordinally is exactly lower-casing invariantly.
        if (Ascii.IsValid(name) && KnownBySpan.TryGetValue(name, out var known))
        {
            return known;
        }

        return name.ToString().ToLowerInvariant();
    }
}
