using System.Text;

namespace ContentLint.Core.Suppression;

/// <summary>Escapes the characters that would break a tab-separated line (<c>%</c>, tab, CR, LF) as <c>%XX</c>.</summary>
internal static class BaselinePathText
{
    public static string Escape(string path) =>
        path.AsSpan().IndexOfAny("%\t\r\n") < 0 ? path
        : path.Replace("%", "%25", StringComparison.Ordinal).Replace("\t", "%09", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>The path, or null when an escape is malformed.</summary>
    public static string? Unescape(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                result.Append(text[i]);
                continue;
            }

            var code = i + 2 < text.Length ? text.Substring(i + 1, 2).ToUpperInvariant() : string.Empty;
            var c = code switch { "25" => '%', "09" => '\t', "0D" => '\r', "0A" => '\n', _ => (char?)null };
            if (c is null)
            {
                return null;
            }

            result.Append(c.Value);
            i += 2;
        }

        return result.ToString();
    }
}
