namespace ContentLint.Core.Web;

/// <summary>
/// A signature's element, written as a tiny selector: <c>tag</c>, <c>.class</c>, <c>#id</c>, <c>[attribute]</c> or a
/// tag followed by one of them (<c>blockquote.twitter-tweet</c>, <c>div#disqus_thread</c>, <c>form[data-netlify]</c>).
/// </summary>
internal sealed record ElementMarker(string? Tag, string? Class, string? Id, string? Attribute)
{
    public static ElementMarker Parse(string selector)
    {
        var text = selector.Trim();
        var at = text.IndexOfAny(['.', '#', '[']);
        var tag = at < 0 ? text : text[..at];
        var rest = at < 0 ? string.Empty : text[at..];
        var marker = new ElementMarker(tag.Length == 0 ? null : tag.ToLowerInvariant(), null, null, null);
        marker = rest switch
        {
            "" => marker,
            ['.', .. var name] => marker with { Class = name },
            ['#', .. var name] => marker with { Id = name },
            ['[', .. var name, ']'] => marker with { Attribute = name.ToLowerInvariant() },
            _ => throw new FormatException($"element selector '{selector}' is not tag, .class, #id or [attribute]"),
        };
        var names = new[] { marker.Tag, marker.Class, marker.Id, marker.Attribute }.Where(n => n is not null).ToList();
        return names.Count == 0 || names.Exists(n => n!.Length == 0 || !n.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            ? throw new FormatException($"element selector '{selector}' is not tag, .class, #id or [attribute]")
            : marker;
    }

    public bool Matches(MarkupTag tag) =>
        !tag.IsEnd
        && (Tag is null || Tag == tag.Name)
        && (Class is null || tag.Classes.Contains(Class, StringComparer.Ordinal))
        && (Id is null || string.Equals(tag.Attribute("id")?.Value.Trim(), Id, StringComparison.Ordinal))
        && (Attribute is null || tag.Has(Attribute));
}
