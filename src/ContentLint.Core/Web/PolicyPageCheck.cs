using ContentLint.Core.Config;
using ContentLint.Core.Fingerprints;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Web;

/// <summary>WEB006: a site where patients engage (patient-facing pages, health forms, comments) should post its privacy policy.</summary>
internal static class PolicyPageCheck
{
    /// <summary>The WEB006 note for a whole-site scan of <paramref name="pages"/>, or nothing.</summary>
    public static IReadOnlyList<Diagnostic> Findings(IReadOnlyList<PageFacts> pages, ScanOptions options, Fingerprinter? fingerprinter)
    {
        if (pages.Count == 0 || options.Catalog.Find("WEB006") is not { Implemented: true } rule
            || SeverityPolicy.Resolve(rule, options.Config, Confidence.High) is not { } severity
            || Missing(pages, options.Config) is not { } detail)
        {
            return [];
        }

        var path = Location(pages, options.Config, options.RepositoryRoot);
        return [new Diagnostic(rule.Id, severity, path, SourceRange.FileStart, $"{rule.Message}: {detail}")
        {
            Fingerprint = fingerprinter?.Compute(rule.Id, path, string.Empty, 0),
            Confidence = Confidence.High,
        }];
    }

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
