using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// Which object keys and component attributes hold content, and as what. The one list of names whose values are
/// never content, shared by object literals, JSX attributes and bound template attributes.
/// </summary>
internal static class CodeValueNames
{
    /// <summary>
    /// Values that style, lay out, identify or wire up an element, never words a visitor reads: scanning them would
    /// only find "names" in CSS classes, icon names and element types. Links and image paths are still scanned, as
    /// the kinds an HTML <c>href</c> or <c>src</c> would be.
    /// </summary>
    private static readonly Dictionary<string, ValueRole> NonContent = new(StringComparer.OrdinalIgnoreCase)
    {
        ["href"] = ValueRole.Of(RegionKind.LinkUrl),
        ["to"] = ValueRole.Of(RegionKind.LinkUrl),
        ["src"] = ValueRole.Of(RegionKind.ImageSource),
        ["srcSet"] = ValueRole.Of(RegionKind.ImageSource),
        ["poster"] = ValueRole.Of(RegionKind.ImageSource),
        ["className"] = ValueRole.Skipped, ["class"] = ValueRole.Skipped, ["style"] = ValueRole.Skipped,
        ["id"] = ValueRole.Skipped, ["key"] = ValueRole.Skipped, ["type"] = ValueRole.Skipped,
        ["variant"] = ValueRole.Skipped, ["ref"] = ValueRole.Skipped, ["role"] = ValueRole.Skipped,
        ["target"] = ValueRole.Skipped, ["rel"] = ValueRole.Skipped, ["method"] = ValueRole.Skipped,
        ["as"] = ValueRole.Skipped, ["lang"] = ValueRole.Skipped, ["dir"] = ValueRole.Skipped,
        ["width"] = ValueRole.Skipped, ["height"] = ValueRole.Skipped, ["size"] = ValueRole.Skipped,
        ["sizes"] = ValueRole.Skipped, ["color"] = ValueRole.Skipped, ["icon"] = ValueRole.Skipped,
        ["component"] = ValueRole.Skipped, ["slot"] = ValueRole.Skipped, ["xmlns"] = ValueRole.Skipped,
        ["htmlFor"] = ValueRole.Skipped, ["for"] = ValueRole.Skipped, ["tabIndex"] = ValueRole.Skipped,
        ["loading"] = ValueRole.Skipped, ["decoding"] = ValueRole.Skipped, ["fetchPriority"] = ValueRole.Skipped,
        ["referrerPolicy"] = ValueRole.Skipped, ["crossOrigin"] = ValueRole.Skipped, ["integrity"] = ValueRole.Skipped,
        ["charSet"] = ValueRole.Skipped, ["encType"] = ValueRole.Skipped, ["autoComplete"] = ValueRole.Skipped,
        ["inputMode"] = ValueRole.Skipped, ["accept"] = ValueRole.Skipped, ["media"] = ValueRole.Skipped,
        ["fill"] = ValueRole.Skipped, ["stroke"] = ValueRole.Skipped, ["strokeWidth"] = ValueRole.Skipped,
        ["viewBox"] = ValueRole.Skipped, ["d"] = ValueRole.Skipped, ["transform"] = ValueRole.Skipped,
        ["layout"] = ValueRole.Skipped, ["align"] = ValueRole.Skipped, ["justify"] = ValueRole.Skipped,
        ["theme"] = ValueRole.Skipped, ["tag"] = ValueRole.Skipped, ["mode"] = ValueRole.Skipped,
        ["objectFit"] = ValueRole.Skipped, ["objectPosition"] = ValueRole.Skipped, ["testId"] = ValueRole.Skipped,
        ["data-testid"] = ValueRole.Skipped, ["background"] = ValueRole.Skipped, ["backgroundColor"] = ValueRole.Skipped,
    };

    /// <summary>
    /// Tags of template literals that hold CSS, GraphQL or SQL (<c>css`…`</c>, <c>styled.div`…`</c>), never page text.
    /// </summary>
    private static readonly HashSet<string> CodeTemplateTags = new(StringComparer.Ordinal)
    {
        "css", "keyframes", "createGlobalStyle", "injectGlobal", "styled", "gql", "graphql", "sql", "tw",
    };

    /// <summary>The role of the value of object key (or variable) <paramref name="key"/>.</summary>
    public static ValueRole ForKey(string key) => NonContent.TryGetValue(key, out var role) ? role : ValueRole.Content;

    /// <summary>
    /// The role of the value of attribute <paramref name="attribute"/> on <paramref name="element"/>: the list above,
    /// then the attributes HTML shows; the other props of a component are a record's fields, those of an HTML element
    /// are not shown.
    /// </summary>
    public static ValueRole ForAttribute(string element, string attribute, bool isComponent)
    {
        if (NonContent.TryGetValue(attribute, out var role))
        {
            return role;
        }

        if (attribute == "dangerouslySetInnerHTML")
        {
            return ValueRole.Content; // React's raw HTML: its `__html` string is the element's content
        }

        if (HtmlAttributeKinds.Classify(element.ToLowerInvariant(), attribute.ToLowerInvariant()) is { } kind)
        {
            // Event handlers are code: the strings in them are arguments, not text.
            return kind == RegionKind.Script ? ValueRole.Skipped : ValueRole.Of(kind);
        }

        return isComponent ? ValueRole.Content : ValueRole.Skipped;
    }

    /// <summary>True for a template tag whose literal is CSS, GraphQL or SQL.</summary>
    public static bool IsCodeTemplateTag(ReadOnlySpan<char> tag) =>
        CodeTemplateTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tag);

    /// <summary>
    /// A JSX or template tag names a component (its attributes are a record) when it is capitalized or a member
    /// (<c>Foo.Bar</c>); Vue also resolves kebab-case names (<c>testimonial-card</c>) to components.
    /// </summary>
    public static bool IsComponent(ReadOnlySpan<char> tag, bool kebabIsComponent) =>
        tag.Length > 0 && (char.IsUpper(tag[0]) || tag.Contains('.') || (kebabIsComponent && tag.Contains('-')));
}
