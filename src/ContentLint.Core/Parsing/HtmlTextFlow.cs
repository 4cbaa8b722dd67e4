namespace ContentLint.Core.Parsing;

/// <summary>
/// Which elements break the run of text a reader sees (docs/text-normalization.md, "Markup inside a value").
/// </summary>
/// <remarks>
/// A browser lays out an element it does not style otherwise as inline, so text on both sides of it reads as one
/// (<c>555-12&lt;wbr&gt;-3456</c>, <c>Jane &lt;b&gt;Doe&lt;/b&gt;</c>, <c>&lt;x-sep&gt;</c>): the list is of what breaks the
/// flow, not of what continues it, so an unknown or custom tag cannot be used to split a value. Elements that render
/// as nothing (<c>script</c>, <c>style</c>, <c>link</c>, <c>meta</c>) continue it too. What breaks it: the HTML
/// rendering rules' block boxes, tables and list items; replaced elements and form controls (a box of their own);
/// ruby annotations; content shown only instead of something else (<c>template</c>, <c>noscript</c>); the
/// document's head and title; and <c>br</c>, whose lines a reader takes apart (<c>Mary Smith&lt;br&gt;Visit</c>).
/// </remarks>
internal static class HtmlTextFlow
{
    public static bool Breaks(string element) => element switch
    {
        "address" or "article" or "aside" or "blockquote" or "body" or "center" or "details" or "dialog" or "dir"
            or "div" or "dd" or "dl" or "dt" or "fieldset" or "figcaption" or "figure" or "footer" or "form"
            or "frameset" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "head" or "header" or "hgroup" or "hr"
            or "html" or "legend" or "li" or "listing" or "main" or "menu" or "nav" or "ol" or "p" or "plaintext"
            or "pre" or "search" or "section" or "summary" or "ul" or "xmp" or "br" => true,
        "caption" or "col" or "colgroup" or "table" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr" => true,
        "applet" or "audio" or "button" or "canvas" or "embed" or "frame" or "iframe" or "img" or "image" or "input"
            or "marquee" or "math" or "meter" or "object" or "optgroup" or "option" or "picture" or "progress"
            or "select" or "svg" or "textarea" or "video" => true,
        "rp" or "rt" or "rtc" => true,
        "noembed" or "noframes" or "noscript" or "template" or "title" => true,
        _ => false,
    };

    /// <summary>Elements whose inside is SVG or MathML: positioned graphics, not a flow of text, so every tag in it breaks the run.</summary>
    public static bool IsForeignRoot(string element) => element is "svg" or "math";
}
