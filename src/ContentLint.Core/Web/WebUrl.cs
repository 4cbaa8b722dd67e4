namespace ContentLint.Core.Web;

/// <summary>The host and path segments of an absolute or protocol-relative URL, as signatures compare them.</summary>
internal readonly record struct WebUrl(string Host, string[] Segments)
{
    /// <summary>Parses <c>https://host/a/b?q</c>, <c>//host/a</c> or <c>http://host</c>; relative URLs and other schemes give false.</summary>
    public static bool TryParse(string url, out WebUrl parsed)
    {
        parsed = default;
        var text = url.AsSpan().Trim();
        if (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            text = text[8..];
        }
        else if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..];
        }
        else if (text.StartsWith("//", StringComparison.Ordinal))
        {
            text = text[2..];
        }
        else
        {
            return false;
        }

        var hostEnd = text.IndexOfAny('/', '?', '#');
        var host = hostEnd < 0 ? text : text[..hostEnd];
        var at = host.LastIndexOf('@');
        host = at >= 0 ? host[(at + 1)..] : host;
        var colon = host.IndexOf(':');
        host = colon >= 0 ? host[..colon] : host;
        if (host.IsEmpty)
        {
            return false;
        }

        var path = hostEnd < 0 ? ReadOnlySpan<char>.Empty : text[hostEnd..];
        var query = path.IndexOfAny('?', '#');
        path = query >= 0 ? path[..query] : path;
        parsed = new WebUrl(host.ToString().TrimEnd('.').ToLowerInvariant(), path.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries));
        return true;
    }

    /// <summary>The host and each parent domain: <c>a.b.example.com</c>, <c>b.example.com</c>, <c>example.com</c>.</summary>
    public IEnumerable<string> HostSuffixes()
    {
        var host = Host;
        while (true)
        {
            yield return host;
            var dot = host.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || host.IndexOf('.', dot + 1) < 0)
            {
                yield break;
            }

            host = host[(dot + 1)..];
        }
    }
}
