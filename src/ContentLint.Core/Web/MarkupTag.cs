namespace ContentLint.Core.Web;

/// <summary>A start or end tag found in a page's source, with its source range [<paramref name="Start"/>, <paramref name="End"/>).</summary>
/// <param name="Name">The lower-case element name.</param>
/// <param name="IsEnd">True for <c>&lt;/name&gt;</c>.</param>
/// <param name="Start">Offset of <c>&lt;</c>.</param>
/// <param name="End">Offset just past <c>&gt;</c> (or the end of the text for an unterminated tag).</param>
/// <param name="Attributes">The start tag's attributes (empty for end tags).</param>
internal sealed record MarkupTag(string Name, bool IsEnd, int Start, int End, IReadOnlyList<MarkupAttribute> Attributes)
{
    /// <summary>The decoded value of attribute <paramref name="name"/> (lower case), or null when the tag has none.</summary>
    public MarkupAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

    /// <summary>True when the tag has attribute <paramref name="name"/>, with or without a value.</summary>
    public bool Has(string name) => Attributes.Any(a => a.Name == name);

    /// <summary>The class names of the tag.</summary>
    public IEnumerable<string> Classes =>
        Attribute("class")?.Value.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries) ?? [];
}
