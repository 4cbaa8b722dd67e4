namespace ContentLint.Core.Parsing;

/// <summary>
/// Finds the raw source range of each attribute value in one start tag. AngleSharp reports a tag's range but only
/// decoded attribute values, so the exact value offsets come from re-reading the tag's own characters.
/// </summary>
internal static class HtmlTagScanner
{
    /// <summary>An attribute of the tag: its lower-case name and the raw range of its value (empty when it has none).</summary>
    public readonly record struct RawAttribute(string Name, int ValueStart, int ValueEnd);

    public static List<RawAttribute> Scan(string source, int tagStart, int tagEnd)
    {
        var attributes = new List<RawAttribute>();
        Scan(source, tagStart, tagEnd, attributes);
        return attributes;
    }

    /// <summary>Adds the tag's attributes to <paramref name="attributes"/> (a list the caller reuses from tag to tag).</summary>
    public static void Scan(string source, int tagStart, int tagEnd, List<RawAttribute> attributes)
    {
        var i = tagStart;
        if (i < tagEnd && source[i] == '<')
        {
            i++;
        }

        while (i < tagEnd && !IsSpace(source[i]) && source[i] is not ('>' or '/'))
        {
            i++; // tag name
        }

        while (i < tagEnd)
        {
            while (i < tagEnd && (IsSpace(source[i]) || source[i] == '/'))
            {
                i++;
            }

            if (i >= tagEnd || source[i] == '>')
            {
                break;
            }

            var nameStart = i;
            while (i < tagEnd && !IsSpace(source[i]) && source[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var name = HtmlNames.Lower(source.AsSpan(nameStart, i - nameStart));
            while (i < tagEnd && IsSpace(source[i]))
            {
                i++;
            }

            if (i >= tagEnd || source[i] != '=')
            {
                attributes.Add(new RawAttribute(name, i, i));
                continue;
            }

            i++;
            while (i < tagEnd && IsSpace(source[i]))
            {
                i++;
            }

            if (i < tagEnd && source[i] is '"' or '\'')
            {
                var quote = source[i];
                var close = source.IndexOf(quote, i + 1, tagEnd - i - 1);
                var valueEnd = close < 0 ? tagEnd : close;
                attributes.Add(new RawAttribute(name, i + 1, valueEnd));
                i = valueEnd + 1;
            }
            else
            {
                var valueStart = i;
                while (i < tagEnd && !IsSpace(source[i]) && source[i] != '>')
                {
                    i++;
                }

                attributes.Add(new RawAttribute(name, valueStart, i));
            }
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
