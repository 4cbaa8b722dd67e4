namespace ContentLint.Core.Web;

/// <summary>One third-party service as rules/web/*.yml describes it, with the ways it shows up in a page.</summary>
/// <param name="Id">Kebab-case ID, unique across the signature files.</param>
/// <param name="Name">The service's name, as messages show it ("Meta Pixel").</param>
/// <param name="Kind">analytics, tag-manager, ad-pixel, session-replay, comments, social-post or form-service.</param>
/// <param name="Urls">Script, image, iframe or form-action URLs.</param>
/// <param name="Snippets">Text inside inline scripts and event-handler attributes.</param>
/// <param name="Text">Text anywhere in the page outside code (site-generator shortcodes).</param>
/// <param name="Elements">Elements that the service's embed code places in the page.</param>
/// <param name="Match">Page fragments that must be recognized as this service.</param>
/// <param name="NoMatch">Page fragments that must not be.</param>
internal sealed record WebSignature(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<UrlPattern> Urls,
    IReadOnlyList<string> Snippets,
    IReadOnlyList<string> Text,
    IReadOnlyList<ElementMarker> Elements,
    IReadOnlyList<string> Match,
    IReadOnlyList<string> NoMatch)
{
    /// <summary>The signature kinds and the rule each reports under.</summary>
    public static IReadOnlyDictionary<string, string> RuleOfKind { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["analytics"] = "WEB001",
        ["tag-manager"] = "WEB001",
        ["ad-pixel"] = "WEB001",
        ["session-replay"] = "WEB001",
        ["comments"] = "WEB002",
        ["social-post"] = "WEB003",
        ["form-service"] = "WEB004",
    };

    /// <summary>The rule this signature reports under.</summary>
    public string RuleId => RuleOfKind[Kind];
}
