using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection;

/// <summary>
/// Finds e-mail addresses by shape: practical RFC 5322 addresses (dot-atom local part, hostname labels) and the
/// bracketed obfuscations "name [at] domain [dot] com" and "name (at) domain (dot) com". The regexes only
/// propose; C# validates local part and domain because NonBacktracking has no lookarounds.
/// </summary>
internal static class EmailAddressScanner
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private const string Label = "[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?";
    private const string Space = @"[ \u00A0]*";

    private static readonly Regex Plain = new(@"[A-Z0-9._%+'\-]+@" + Label + @"(?:\." + Label + ")+", Options);

    // Plain words "at" and "dot" are everyday English ("look at this dot"): only bracketed forms count.
    private static readonly Regex Obfuscated = new(
        @"[A-Z0-9._%+\-]+" + Space + @"[\[({<]" + Space + "at" + Space + @"[\])}>]" + Space + Label
        + @"(?:(?:" + Space + @"[\[({<]" + Space + "dot" + Space + @"[\])}>]" + Space + @"|\.)" + Label + ")+",
        Options);

    private const int MaxLocalLength = 64;

    private static readonly System.Buffers.SearchValues<char> AddressMarks = System.Buffers.SearchValues.Create("@[({<");
    private const int MaxDomainLength = 253;

    /// <summary>Address spans in <paramref name="text"/>, with the domain normalised to dotted lower case.</summary>
    public static List<EmailAddressMatch> Find(string text) => Find(text, usePrefilters: true);

    /// <summary>With <paramref name="usePrefilters"/> false, every regex runs on every text: the reference the prefilters are tested against.</summary>
    internal static List<EmailAddressMatch> Find(string text, bool usePrefilters)
    {
        var found = new List<EmailAddressMatch>();
        Find(text, found, usePrefilters);
        return found;
    }

    /// <summary>As <see cref="Find(string)"/>, into <paramref name="found"/> (cleared first): a detector reuses one list for all its segments.</summary>
    internal static void Find(string text, List<EmailAddressMatch> found, bool usePrefilters = true)
    {
        found.Clear();
        if (text.AsSpan().IndexOfAny(AddressMarks) < 0)
        {
            return; // a plain address needs '@', an obfuscated one a bracket
        }

        // The prefilters only skip a regex that cannot match in this text.
        if (!usePrefilters || EmailAddressPrefilter.MayHavePlain(text))
        {
            foreach (var match in Plain.EnumerateMatches(text))
            {
                var start = match.Index;
                var end = match.Index + match.Length;
                while (start < end && text[start] is '.' or '-' or '+' or '%' or '\'')
                {
                    start++; // "...jane@x.example": punctuation before a name is not part of the address
                }

                var at = text.IndexOf('@', start, end - start);
                var local = text.AsSpan(start, at - start);
                var domain = text[(at + 1)..end];
                if (IsValidLocal(local) && IsFollowedByBoundary(text, end))
                {
                    found.Add(new EmailAddressMatch(start, end - start, local.ToString(), domain.ToLowerInvariant(), Obfuscated: false));
                }
            }
        }

        if (!usePrefilters || EmailAddressPrefilter.MayHaveObfuscated(text))
        {
            foreach (var match in Obfuscated.EnumerateMatches(text))
            {
                var end = match.Index + match.Length;
                var raw = text.Substring(match.Index, match.Length);
                if (!IsFollowedByBoundary(text, end) || raw.Contains('@', StringComparison.Ordinal))
                {
                    continue;
                }

                var open = raw.IndexOfAny(['[', '(', '{', '<']);
                var local = raw[..open].TrimEnd(' ', '\u00A0');
                var domain = Deobfuscate(raw[open..]);
                if (IsValidLocal(local))
                {
                    found.Add(new EmailAddressMatch(match.Index, match.Length, local, domain, Obfuscated: true));
                }
            }
        }
    }

    /// <summary>True when <paramref name="domain"/> (lower case) has a plausible top-level label and length.</summary>
    public static bool HasValidTopLevel(string domain)
    {
        if (domain.Length > MaxDomainLength)
        {
            return false;
        }

        var tld = domain[(domain.LastIndexOf('.') + 1)..];
        return tld.StartsWith("xn--", StringComparison.Ordinal)
            ? tld.Length > 4
            : tld.Length is >= 2 and <= 63 && tld.All(char.IsAsciiLetter);
    }

    internal static bool IsValidLocal(ReadOnlySpan<char> local) =>
        local.Length is > 0 and <= MaxLocalLength && local[0] != '.' && local[^1] != '.'
        && !local.Contains("..", StringComparison.Ordinal);

    /// <summary>An address ends where a word ends: "jane@x.example_2" or "a@b.example@c" are something else.</summary>
    internal static bool IsFollowedByBoundary(string text, int end) =>
        end >= text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '_' or '@' or '-');

    internal static string Deobfuscate(string rest)
    {
        var labels = new List<string>();
        var word = new System.Text.StringBuilder();
        var inBrackets = false;
        foreach (var c in rest)
        {
            if (c is '[' or '(' or '{' or '<')
            {
                inBrackets = true;
            }
            else if (c is ']' or ')' or '}' or '>')
            {
                inBrackets = false;
            }
            else if (!inBrackets && (char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                word.Append(c);
            }
            else if ((!inBrackets && c == '.') || (c == ' ' && word.Length > 0))
            {
                Flush();
            }
        }

        Flush();
        return string.Join('.', labels).ToLowerInvariant();

        void Flush()
        {
            if (word.Length > 0)
            {
                labels.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
