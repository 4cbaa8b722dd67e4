using ContentLint.Core.Config;

namespace ContentLint.Core.Web;

/// <summary>WEB006: a site where patients engage (patient-facing pages, health forms, comments) should post its privacy policy.</summary>
internal static class PolicyPageCheck
{
    /// <summary>Why the site lacks a policy page (the message detail), or null when it has one or no page where patients engage.</summary>
    public static string? Missing(IReadOnlyList<PageFacts> pages, ContentLintConfig config)
    {
        if (!pages.Any(p => p.Engages))
        {
            return null;
        }

        if (config.Web.PolicyPage is { } configured)
        {
            return configured.Contains("://", StringComparison.Ordinal) || pages.Any(p => p.IsPolicyPage)
                ? null
                : "web.policy_page names no scanned page";
        }

        return pages.Any(p => p.IsPolicyPage || p.LinksPolicy)
            ? null
            : "no page has privacy or social media policy in its path or title, or links to one (name it with web.policy_page)";
    }

    /// <summary>
    /// Where the site-level note goes: the configuration file (where the fix is named) when it lies in the repository,
    /// else the site's home page, else the first scanned page.
    /// </summary>
    public static string Location(IReadOnlyList<PageFacts> pages, ContentLintConfig config, string? repositoryRoot)
    {
        if (config.SourcePath is { } source && repositoryRoot is not null)
        {
            var relative = Path.GetRelativePath(repositoryRoot, Path.GetFullPath(source)).Replace('\\', '/');
            if (!relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && !Path.IsPathRooted(relative))
            {
                return relative;
            }
        }

        string[] homes = ["index.md", "index.html", "_index.md", "content/_index.md", "src/index.md", "src/index.html"];
        return pages.FirstOrDefault(p => homes.Contains(p.ConfigPath, StringComparer.Ordinal))?.Path ?? pages[0].Path;
    }
}
