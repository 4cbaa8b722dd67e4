namespace ContentLint.Core.Web;

/// <summary>
/// A signature's URL: <c>host[/path]</c>. The host matches itself and its subdomains; the path, when given, must be a
/// prefix of the URL's path by whole segments, where a segment <c>*</c> matches any one segment and a trailing
/// <c>*</c> in a segment matches any ending (<c>static.hotjar.com/c/hotjar-*</c>). Case-insensitive.
/// </summary>
internal sealed record UrlPattern(string Host, string[] Segments)
{
    public static UrlPattern Parse(string pattern)
    {
        var slash = pattern.IndexOf('/', StringComparison.Ordinal);
        var host = (slash < 0 ? pattern : pattern[..slash]).Trim().ToLowerInvariant();
        var segments = slash < 0 ? [] : pattern[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (host.Length == 0 || !host.Contains('.', StringComparison.Ordinal) || host.Contains('*', StringComparison.Ordinal))
        {
            throw new FormatException($"URL pattern '{pattern}' must start with a host name");
        }

        return new UrlPattern(host, segments);
    }

    /// <summary>True when <paramref name="url"/>'s path starts with this pattern's segments (its host was matched by lookup).</summary>
    public bool MatchesPath(WebUrl url)
    {
        if (url.Segments.Length < Segments.Length)
        {
            return false;
        }

        for (var i = 0; i < Segments.Length; i++)
        {
            var pattern = Segments[i];
            var actual = url.Segments[i];
            var ok = pattern == "*"
                || (pattern.EndsWith('*') ? actual.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase) : actual.Equals(pattern, StringComparison.OrdinalIgnoreCase));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
