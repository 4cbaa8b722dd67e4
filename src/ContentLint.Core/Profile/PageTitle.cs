using ContentLint.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Profile;

/// <summary>Where a page's title is: its front-matter <c>title</c>, else its first heading, else its HTML <c>&lt;title&gt;</c>.</summary>
internal static class PageTitle
{
    public static string? Of(ContentDocument document)
    {
        if (document.FrontMatter?.Root.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "title" }).Value is YamlScalarNode { Value: { Length: > 0 } title })
        {
            return title;
        }

        return document.Segments.FirstOrDefault(s => s.Kind == RegionKind.Heading)?.Text
            ?? document.Segments.FirstOrDefault(s => s is { Kind: RegionKind.HtmlText, Name: "title" })?.Text;
    }
}
