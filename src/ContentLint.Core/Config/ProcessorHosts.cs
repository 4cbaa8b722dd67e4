using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Config;

/// <summary>
/// Reads <c>processors:</c>: each entry is a host name (<c>forms.example-baa.com</c>, optionally <c>*.</c>-prefixed) or a
/// URL whose host is taken (<c>https://secure.example.com/forms</c>). Hosts are kept in lower case; subdomains match.
/// </summary>
internal static class ProcessorHosts
{
    public static IReadOnlyList<string>? Bind(ConfigNodeReader reader, YamlNode value, string path) =>
        reader.StringList(value, path)?.Select(item => Normalize(item.Text)
            ?? throw reader.Error(item.Node, item.Path, "expected a host name (forms.example.com) or an https:// URL")).ToList();

    /// <summary>The host of <paramref name="entry"/>, or null when it is neither a host name nor an absolute URL.</summary>
    public static string? Normalize(string entry)
    {
        var text = entry.Trim();
        if (text.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host.ToLowerInvariant() : null;
        }

        if (text.StartsWith("*.", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        text = text.TrimEnd('/').ToLowerInvariant();
        return text.Length > 0 && text.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(text) == UriHostNameType.Dns ? text : null;
    }
}
