using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing;

/// <summary>Which attribute values a reader or crawler sees, and as what kind of region.</summary>
internal static class HtmlAttributeKinds
{
    public static RegionKind? Classify(string element, string attribute) => attribute switch
    {
        "alt" => RegionKind.ImageAlt,
        "title" => RegionKind.Title,
        "href" => RegionKind.LinkUrl,
        "src" or "srcset" or "poster" => RegionKind.ImageSource,
        "content" when element == "meta" => RegionKind.MetaContent,
        "aria-label" or "aria-description" or "aria-placeholder" or "placeholder" or "value" or "label" or "summary"
            or "cite" or "action" or "download" => RegionKind.Attribute,
        _ when attribute.StartsWith("data-", StringComparison.Ordinal) => RegionKind.Attribute,
        // Event handlers are script: kept for later rules (trackers), not scanned for PHI.
        _ when attribute.StartsWith("on", StringComparison.Ordinal) && attribute.Length > 2 => RegionKind.Script,
        _ => null,
    };
}
