using ContentLint.Core.Config;
using ContentLint.Core.Consent;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Web;

/// <summary>
/// Recognizes the site's privacy or social-media policy page (WEB006): the page <c>web.policy_page</c> names, or a page
/// whose path or title holds one of the rule's policy words ("privacy", "notice-of-privacy-practices", ...).
/// </summary>
internal sealed class PolicyPages(ContentLintConfig config, RuleCatalog catalog)
{
    private readonly IReadOnlyList<string> _words = [.. (catalog.Find("WEB006")?.GetList("policyWords") ?? []).Select(ConsentRequirement.Normalize)];

    /// <summary>The configured policy page as a config-relative path, or null when it is not set or is a URL.</summary>
    public string? Configured =>
        config.Web.PolicyPage is { } page && !page.Contains("://", StringComparison.Ordinal) ? page.Replace('\\', '/').TrimStart('.', '/') : null;

    public bool IsPolicyPage(ContentDocument document, string configRelativePath)
    {
        if (Configured is { } configured)
        {
            return string.Equals(configRelativePath, configured, StringComparison.Ordinal);
        }

        if (HasWord(configRelativePath))
        {
            return true;
        }

        foreach (var title in Titles(document))
        {
            if (HasWord(title))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the page links to a policy page or document ("/privacy/", "privacy-notice.pdf").</summary>
    public bool LinksToPolicy(ContentDocument document)
    {
        // A plain loop: every page runs this, and a lambda capturing this class made a closure per page.
        foreach (var segment in document.Segments)
        {
            if (segment.Kind == RegionKind.LinkUrl && !segment.Text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && HasWord(segment.Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasWord(string text)
    {
        // Every link target of every page comes here: ASCII ones are normalized on the stack, without strings.
        if (text.Length <= MarkerText.MaxStackLength)
        {
            Span<char> buffer = stackalloc char[MarkerText.MaxStackLength];
            if (MarkerText.TryNormalizeAscii(text, dotIsSpace: true, buffer, out var length))
            {
                return ContainsWord(buffer[..length]);
            }
        }

        return ContainsWord(ConsentRequirement.Normalize(text.Replace('.', ' ')));
    }

    private bool ContainsWord(ReadOnlySpan<char> normalized)
    {
        // Indexed: a foreach over the IReadOnlyList would box an enumerator for every link.
        for (var i = 0; i < _words.Count; i++)
        {
            if (normalized.Contains(_words[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The front-matter title, the HTML title and the first heading.</summary>
    private static IEnumerable<string> Titles(ContentDocument document)
    {
        if (document.FrontMatter?.Root.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "title" }).Value is YamlScalarNode { Value: { } title })
        {
            yield return title;
        }

        foreach (var segment in document.Segments)
        {
            if (segment is { Kind: RegionKind.HtmlText, Name: "title" })
            {
                yield return segment.Text;
            }
        }

        if (document.Segments.FirstOrDefault(s => s.Kind == RegionKind.Heading) is { } heading)
        {
            yield return heading.Text;
        }
    }
}
