using System.Buffers;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Urls;

/// <summary>Finds URLs written in text: with a scheme, starting with <c>www.</c>, or a bare host followed by a path.</summary>
internal static class UrlScanner
{
    // NonBacktracking: linear in the text. Host plausibility (a letter TLD) is checked by UrlParts afterwards.
    private static readonly Regex Candidate = new(
        @"\b(?:https?://[^\s<>""'`\]\[{}|\\^]+|www\.[^\s<>""'`\]\[{}|\\^]+|[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+/[^\s<>""'`\]\[{}|\\^]*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // Vectorized: string.Contains with OrdinalIgnoreCase is a character loop under invariant globalization.
    private static readonly SearchValues<string> Www = SearchValues.Create(["www."], StringComparison.OrdinalIgnoreCase);

    /// <summary>The [Start, Length) of each URL in <paramref name="text"/>, trailing sentence punctuation left out.</summary>
    public static List<(int Start, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Start, int Length)>();
        Find(text, found);
        return found;
    }

    /// <summary>As <see cref="Find(string)"/>, into <paramref name="found"/> (cleared first): a detector reuses one list for all its segments.</summary>
    internal static void Find(string text, List<(int Start, int Length)> found)
    {
        found.Clear();
        if (!text.Contains('/', StringComparison.Ordinal) && !text.AsSpan().ContainsAny(Www))
        {
            return; // every form has a slash or starts with www.
        }

        foreach (var match in Candidate.EnumerateMatches(text))
        {
            // A bare host glued to a preceding word or '@' is part of an e-mail address or longer token.
            if (match.Index > 0 && text[match.Index - 1] is '@' or '.' or '/' or '-')
            {
                continue;
            }

            var length = TrimmedLength(text.AsSpan(match.Index, match.Length));
            if (length > 0)
            {
                found.Add((match.Index, length));
            }
        }
    }

    /// <summary>"https://x.example/a," ends the sentence, not the URL; a ')' closes the text's parenthesis unless the URL opened one.</summary>
    public static int TrimmedLength(ReadOnlySpan<char> url)
    {
        var length = url.Length;
        while (length > 0)
        {
            var last = url[length - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '*' or '_' or '~'
                || (last == ')' && url[..length].Count('(') < url[..length].Count(')')))
            {
                length--;
                continue;
            }

            break;
        }

        return length;
    }
}
