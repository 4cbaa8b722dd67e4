using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Images;

/// <summary>
/// Where in the repository an image URL of a page may live. Site generators publish static files from different
/// folders (Jekyll: the site root; Hugo and Docusaurus: <c>static/</c>; Astro, Next and Vite: <c>public/</c>; Eleventy
/// often <c>src/</c>), so a root-relative URL has several candidates, tried in order. URLs on other hosts, data URIs
/// and template expressions that cannot be resolved are skipped; candidates never leave the repository.
/// </summary>
internal sealed class ImageReferenceResolver(string siteFolder, OrganizationDomainAllowList organization)
{
    private static readonly string[] StaticFolders = ["", "static/", "public/", "src/"];

    /// <summary>
    /// The folder of <paramref name="pagePath"/> ("" at the root): the only part of the page's path that
    /// <see cref="Candidates"/> depends on, so results may be shared by the pages of a folder.
    /// </summary>
    public static string PageFolder(string pagePath) => pagePath.LastIndexOf('/') is var slash and >= 0 ? pagePath[..slash] : string.Empty;

    /// <summary>The resolver of a scan: its site is the configuration's folder, its own hosts the practice's domains.</summary>
    public static ImageReferenceResolver For(ScanOptions options)
    {
        var siteFolder = string.Empty;
        if (options.RepositoryRoot is not null)
        {
            // A site in a subfolder of the repository ("site/") keeps its static folders there.
            var relative = Path.GetRelativePath(options.RepositoryRoot, options.Config.BaseDirectory).Replace('\\', '/');
            siteFolder = relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? string.Empty : relative;
        }

        return new ImageReferenceResolver(siteFolder, new OrganizationDomainAllowList(options.Config));
    }

    /// <param name="pagePath">The page's repository-relative path.</param>
    /// <param name="url">The URL as written in the page.</param>
    public IEnumerable<string> Candidates(string pagePath, string url)
    {
        var path = LocalPath(url.Trim());
        if (path is null || path.Length == 0)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!path.StartsWith('/'))
        {
            var folder = PageFolder(pagePath);
            if (Normalize(folder.Length == 0 ? path : folder + "/" + path) is { } relative && seen.Add(relative))
            {
                yield return relative;
            }
        }

        // Front matter usually writes site-root paths without the leading slash ("images/x.jpg"); "./" and "../" are
        // always relative to the page.
        if (path.StartsWith('.'))
        {
            yield break;
        }

        foreach (var root in new[] { siteFolder, string.Empty }.Distinct(StringComparer.Ordinal))
        {
            foreach (var folder in StaticFolders)
            {
                var prefix = root.Length == 0 ? folder : root + "/" + folder;
                if (Normalize(prefix + path.TrimStart('/')) is { } candidate && seen.Add(candidate))
                {
                    yield return candidate;
                }
            }
        }
    }

    /// <summary>The URL's path when it points into this site; null for other hosts, data URIs and unresolved templates.</summary>
    private string? LocalPath(string url)
    {
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // "{{ site.baseurl }}/images/x.jpg", "{{ '/images/x.jpg' | relative_url }}": keep what follows the last template tag.
        var template = Math.Max(url.LastIndexOf("}}", StringComparison.Ordinal), url.LastIndexOf("%}", StringComparison.Ordinal));
        if (template >= 0)
        {
            url = url[(template + 2)..].Trim();
        }

        if (url.Contains("{{", StringComparison.Ordinal) || url.Contains("{%", StringComparison.Ordinal))
        {
            return null;
        }

        if (Web.WebUrl.TryParse(url, out var absolute))
        {
            if (!organization.IsOrganizationHost(absolute.Host))
            {
                return null;
            }

            url = "/" + string.Join('/', absolute.Segments);
        }
        else if (url.Contains(':', StringComparison.Ordinal))
        {
            return null; // another scheme (mailto:, ftp:)
        }

        var path = ImageReferenceFinder.PathPart(url);
        try
        {
            return Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return path;
        }
    }

    /// <summary>Resolves "." and ".." segments; null when the path climbs above the repository root.</summary>
    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
