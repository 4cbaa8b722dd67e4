using System.Text.RegularExpressions;
using ContentLint.Core.Detection;

namespace ContentLint.Core.Tests.Detection;

/// <summary>
/// The scanner as it was before its prefilters, kept as the reference the equivalence tests compare <see cref="EmailAddressScanner"/> with.
/// Finds e-mail addresses by shape: practical RFC 5322 addresses (dot-atom local part, hostname labels) and the
/// bracketed obfuscations "name [at] domain [dot] com" and "name (at) domain (dot) com". The regexes only
/// propose; C# validates local part and domain because NonBacktracking has no lookarounds.
/// </summary>
internal static class LegacyEmailAddressScanner
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

    private static readonly System.Buffers.SearchValues<char> AddressMarks = System.Buffers.SearchValues.Create("@[({<");
    private const int MaxDomainLength = 253;

    /// <summary>Address spans in <paramref name="text"/>, with the domain normalised to dotted lower case.</summary>
    public static List<EmailAddressMatch> Find(string text)
    {
        var found = new List<EmailAddressMatch>();
        if (text.AsSpan().IndexOfAny(AddressMarks) < 0)
        {
            return found; // a plain address needs '@', an obfuscated one a bracket
        }

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
            if (EmailAddressScanner.IsValidLocal(local) && EmailAddressScanner.IsFollowedByBoundary(text, end))
            {
                found.Add(new EmailAddressMatch(start, end - start, local.ToString(), domain.ToLowerInvariant(), Obfuscated: false));
            }
        }

        foreach (var match in Obfuscated.EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            var raw = text.Substring(match.Index, match.Length);
            if (!EmailAddressScanner.IsFollowedByBoundary(text, end) || raw.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            var open = raw.IndexOfAny(['[', '(', '{', '<']);
            var local = raw[..open].TrimEnd(' ', '\u00A0');
            var domain = EmailAddressScanner.Deobfuscate(raw[open..]);
            if (EmailAddressScanner.IsValidLocal(local))
            {
                found.Add(new EmailAddressMatch(match.Index, match.Length, local, domain, Obfuscated: true));
            }
        }

        return found;
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
}
