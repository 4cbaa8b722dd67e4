namespace ContentLint.Core.Parsing;

/// <summary>
/// HTML tree construction grows quadratically with element depth (scope checks walk the open-element stack), so
/// 200,000 nested tags take minutes. A linear pre-count of start tags left open sends such pages to the plain-text
/// fallback instead. Void elements, self-closing tags and elements whose end tag is optional are not counted, so
/// long ordinary pages never trip it. An end tag lowers the depth only when an element of its name is open: an end
/// tag that matches nothing closes nothing in the parser either (<c>&lt;div&gt;&lt;/x&gt;</c> repeated nests as deep as
/// <c>&lt;div&gt;</c> alone).
/// </summary>
internal static class HtmlNestingGuard
{
    private const int MaxDepth = 2_000;

    // Looked up by span, so no tag name becomes a string; names are ASCII letters and digits, where ignoring case
    // ordinally is what the SearchValues of names this replaced did.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverNest = new HashSet<string>(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
         "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "colgroup", "tbody", "thead", "tfoot"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TooDeep(string html)
    {
        // Open elements by name (a few dozen names on a real page); looked up by span, so no name becomes a string
        // more than once.
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var depth = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var next = html[i + 1];
            if (next == '/' && i + 2 < html.Length && TagName(html, i + 2) is { Length: > 0 } closed && !NeverNest.Contains(closed)
                && open.TryGetValue(closed, out var count) && count > 0)
            {
                open[closed] = count - 1;
                depth--;
            }
            else if (char.IsAsciiLetter(next) && TagName(html, i + 1) is var name && !NeverNest.Contains(name) && !SelfClosing(html, i))
            {
                open[name] = open.TryGetValue(name, out var opened) ? opened + 1 : 1;
                if (++depth > MaxDepth)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && end - start < 16 && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }

        return html.AsSpan(start, end - start);
    }

    private static bool SelfClosing(string html, int tagStart)
    {
        // A bounded look-ahead keeps the guard linear even for text full of '<' and no '>'.
        var close = html.IndexOf('>', tagStart, Math.Min(html.Length - tagStart, 1024));
        return close > 0 && html[close - 1] == '/';
    }
}
