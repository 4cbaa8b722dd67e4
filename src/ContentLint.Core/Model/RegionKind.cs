namespace ContentLint.Core.Model;

/// <summary>Where on the published page (or in its source) a segment of text sits.</summary>
public enum RegionKind
{
    /// <summary>Paragraph text, list items and block quotes.</summary>
    Prose,
    /// <summary>A Markdown or HTML heading.</summary>
    Heading,
    /// <summary>A Markdown table cell or an HTML <c>td</c>/<c>th</c>.</summary>
    TableCell,
    /// <summary>The visible text of a link.</summary>
    LinkText,
    /// <summary>A link target: Markdown link URL, autolink, reference definition, HTML <c>href</c>.</summary>
    LinkUrl,
    /// <summary>Image alternative text (Markdown image description or HTML <c>alt</c>).</summary>
    ImageAlt,
    /// <summary>Image source (Markdown image URL, HTML <c>src</c>/<c>srcset</c>).</summary>
    ImageSource,
    /// <summary>A <c>title</c> of a link or image, or the HTML <c>title</c> attribute.</summary>
    Title,
    /// <summary>Any other scanned HTML attribute value (aria-label, placeholder, value, data-*).</summary>
    Attribute,
    /// <summary>The <c>content</c> of a <c>meta</c> element (description, og:*, twitter:*).</summary>
    MetaContent,
    /// <summary>Text of an HTML element outside the more specific kinds above.</summary>
    HtmlText,
    /// <summary>An HTML comment: invisible on the page, but shipped in its source.</summary>
    Comment,
    /// <summary>A front-matter string value; <see cref="Segment.Name"/> holds its key path.</summary>
    FrontMatterValue,
    /// <summary>
    /// A string of a data file (YAML, JSON, TOML, CSV) or a string literal of code; <see cref="Segment.Name"/> holds its
    /// key path (<c>testimonials[2].name</c>, a CSV column's header, an object property) when it has one.
    /// </summary>
    DataValue,
    /// <summary>Inline code span.</summary>
    CodeSpan,
    /// <summary>Indented or fenced code block.</summary>
    CodeBlock,
    /// <summary>The body of a <c>script</c> element: kept for later rules, not scanned for PHI.</summary>
    Script,
    /// <summary>The body of a <c>style</c> element: kept for later rules, not scanned for PHI.</summary>
    Style,
    /// <summary>
    /// A whole image, verbatim: the Markdown <c>![…](…)</c> or the HTML <c>&lt;img …&gt;</c> tag. Photo rules report
    /// the whole image; its parts also come as <see cref="ImageAlt"/>, <see cref="ImageSource"/> and <see cref="Title"/>,
    /// so the text detectors skip this kind (no duplicates).
    /// </summary>
    Image,
}
