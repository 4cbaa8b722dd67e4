namespace ContentLint.Core.Detection.Urls;

/// <summary>The host labels, path segments and query of an absolute URL (or a bare <c>host/path</c>), lower case.</summary>
internal sealed record UrlParts(string Host, string[] Labels, string[] Segments, string Query)
{
    // Records print every property by default; these hold text from the page, which may be PHI.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Labels = {Labels.Length}, Segments = {Segments.Length}, Query = {Query.Length} chars");
        return true;
    }

    /// <summary>The label a site is known by: "instagram" in www.instagram.com, "therapyhub" in portal.therapyhub.example.</summary>
    public string SiteLabel => Labels.Length >= 2 ? Labels[^2] : Labels[0];

    /// <summary>Labels in front of the site label, "www" left out ("devon" in devon.blogspot.com).</summary>
    public IEnumerable<string> SubLabels => Labels.Take(Math.Max(0, Labels.Length - 2)).Where(l => l != "www");

    /// <summary>Parses <paramref name="url"/>; null when it has no plausible host (relative links, mailto:, tel:, version strings).</summary>
    public static UrlParts? Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var rest = url.Trim();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var name = rest[..scheme];
            if (!name.Equals("http", StringComparison.OrdinalIgnoreCase) && !name.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            rest = rest[(scheme + 3)..];
        }
        else if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            rest = rest[2..];
        }
        else if (rest.StartsWith('/') || rest.StartsWith('#') || rest.StartsWith('.') || rest.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var hostEnd = rest.AsSpan().IndexOfAny('/', '?', '#');
        var host = (hostEnd < 0 ? rest : rest[..hostEnd]).ToLowerInvariant();
        var at = host.LastIndexOf('@');
        host = at >= 0 ? host[(at + 1)..] : host;
        var port = host.IndexOf(':', StringComparison.Ordinal);
        host = port >= 0 ? host[..port] : host;
        var labels = host.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length == 0) || !labels[^1].All(char.IsAsciiLetter) || labels[^1].Length < 2)
        {
            return null;
        }

        var tail = hostEnd < 0 ? string.Empty : rest[hostEnd..];
        var fragment = tail.IndexOf('#', StringComparison.Ordinal);
        tail = fragment >= 0 ? tail[..fragment] : tail;
        var question = tail.IndexOf('?', StringComparison.Ordinal);
        var query = question >= 0 ? tail[(question + 1)..] : string.Empty;
        var path = question >= 0 ? tail[..question] : tail;
        var segments = path.ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);
        return new UrlParts(host, labels, segments, query);
    }
}
