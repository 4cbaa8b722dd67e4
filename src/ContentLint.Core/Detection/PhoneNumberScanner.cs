using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection;

/// <summary>
/// Finds telephone numbers by shape. The regexes only propose; C# validates (NANP area code and exchange,
/// boundaries, consistent separators) because NonBacktracking has no lookarounds.
/// </summary>
internal static class PhoneNumberScanner
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private const string Sep = @"[ \u00A0.\-\u2010-\u2013]";

    // (555) 201-3300, 555-201-3300, 555.201.3300, 555 201 3300, +1 555 201 3300, 1-555-201-3300, +15552013300.
    private static readonly Regex NorthAmerican = new(
        @"(?<cc>\+1" + Sep + "?|1" + Sep + ")?"
        + @"(?:\((?<a>\d{3})\)[ \u00A0]?|(?<a>\d{3})(?<s1>" + Sep + "))"
        + @"(?<b>\d{3})(?<s2>" + Sep + @")(?<c>\d{4})"
        + @"(?<ext>[ \u00A0]*,?[ \u00A0]*(?:x|ext\.?|extension)[ \u00A0]*\d{1,6})?"
        + @"|\+1(?<a>\d{3})(?<b>\d{3})(?<c>\d{4})",
        Options);

    // +44 20 7946 0958, +49-30-1234567: a leading + is what makes a digit string a phone number here.
    private static readonly Regex International = new(@"\+[2-9]\d{0,2}(?:[ \u00A0.\-]?\d{1,6}){2,6}", Options);

    private const int MinInternationalDigits = 9;
    private const int MaxInternationalDigits = 15; // E.164

    public static List<PhoneNumberMatch> Find(string text)
    {
        var found = new List<PhoneNumberMatch>();
        Find(text, found);
        return found;
    }

    /// <summary>As <see cref="Find(string)"/>, into <paramref name="found"/> (cleared first): a detector reuses one list for all its segments.</summary>
    internal static void Find(string text, List<PhoneNumberMatch> found)
    {
        found.Clear();
        if (!text.Contains('+', StringComparison.Ordinal) && !TextChecks.MayHaveDigits(text, 10))
        {
            return; // an international number needs '+', a North American one ten digits
        }

        if (PhoneNumberPrefilter.MayHaveInternational(text))
        {
            foreach (var match in International.EnumerateMatches(text))
            {
                var digits = CountDigits(text.AsSpan(match.Index, match.Length));
                if (digits is >= MinInternationalDigits and <= MaxInternationalDigits && IsStandalone(text, match.Index, match.Index + match.Length))
                {
                    found.Add(new PhoneNumberMatch(match.Index, match.Length, PhoneNumberFormat.International));
                }
            }
        }

        var international = found.Count;
        // The pattern has no anchor or lookbehind, so starting where the first match can start changes no match.
        if (PhoneNumberPrefilter.NorthAmericanStart(text) is var northAmericanStart and >= 0)
        {
            // Without capture groups NonBacktracking stays in its DFA; the parts are read from the span instead.
            foreach (var match in NorthAmerican.EnumerateMatches(text, northAmericanStart))
            {
                var end = match.Index + match.Length;
                var span = text.AsSpan(match.Index, match.Length);
                if (NorthAmericanParts.TryRead(span, out var parts) && IsValidNorthAmerican(span, parts) && IsStandalone(text, match.Index, end)
                    && !Overlaps(found, international, match.Index, end))
                {
                    var spaced = parts.Separator1 == ' ' && !parts.HasCountryCode;
                    var format = spaced ? PhoneNumberFormat.SpaceSeparated : PhoneNumberFormat.NorthAmerican;
                    found.Add(new PhoneNumberMatch(match.Index, match.Length, format, span.Slice(parts.AreaCode, 3).ToString()));
                }
            }
        }

        found.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    private static readonly string[] PhoneSchemes = ["tel:", "sms:", "callto:"];

    /// <summary>The first of <see cref="PhoneSchemes"/> at <paramref name="start"/>; a loop, since every link target comes here and a lambda made a closure each time.</summary>
    private static string? SchemeAt(string url, int start)
    {
        foreach (var scheme in PhoneSchemes)
        {
            if (url.AsSpan(start).StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return scheme;
            }
        }

        return null;
    }

    /// <summary>The number in a <c>tel:</c>, <c>sms:</c> or <c>callto:</c> URL, when it is one.</summary>
    public static PhoneNumberMatch? FindInTelLink(string url)
    {
        var start = 0;
        while (start < url.Length && char.IsWhiteSpace(url[start]))
        {
            start++;
        }

        var scheme = SchemeAt(url, start);
        if (scheme is null)
        {
            return null;
        }

        start += scheme.Length;
        var end = start;
        while (end < url.Length && (char.IsAsciiDigit(url[end]) || url[end] is '+' or '-' or '.' or '(' or ')' or ' '))
        {
            end++;
        }

        while (end > start && url[end - 1] is ' ' or '-' or '.')
        {
            end--;
        }

        var digits = new string([.. url.AsSpan(start, end - start).ToArray().Where(char.IsAsciiDigit)]);
        var plus = start < url.Length && url[start] == '+';
        var areaCode = digits.Length == 10 && !plus ? digits[..3]
            : digits.Length == 11 && digits[0] == '1' ? digits[1..4]
            : null;
        return digits.Length is >= 10 and <= MaxInternationalDigits
            ? new PhoneNumberMatch(start, end - start, PhoneNumberFormat.TelLink, areaCode)
            : null;
    }

    private static bool IsValidNorthAmerican(ReadOnlySpan<char> match, NorthAmericanParts parts)
    {
        if (parts.Separator1 != '\0' && !SameSeparator(parts.Separator1, parts.Separator2))
        {
            return false; // 555-201 3300 is two numbers or a list, not one number
        }

        return IsNanpCode(match.Slice(parts.AreaCode, 3)) && IsNanpCode(match.Slice(parts.Exchange, 3));
    }

    /// <summary>Area codes and exchanges start with 2-9 and are never N11 (211, 911): 555 stays valid.</summary>
    internal static bool IsNanpCode(ReadOnlySpan<char> code) =>
        code.Length == 3 && code[0] is >= '2' and <= '9' && !(code[1] == '1' && code[2] == '1');

    internal static bool SameSeparator(char x, char y) => x == y || (IsDash(x) && IsDash(y));

    internal static bool IsDash(char c) => c is '-' or (>= '\u2010' and <= '\u2013');

    /// <summary>Rejects numbers glued to letters or digits, or continuing a longer number (ISBN, order, date).</summary>
    internal static bool IsStandalone(string text, int start, int end)
    {
        if (start > 0)
        {
            var before = text[start - 1];
            if (char.IsLetterOrDigit(before) || before is '_' or '$' or '€' or '£' or '#' or '/' or '\\')
            {
                return false;
            }

            if ((before is '.' or ',' or '+' || IsDash(before)) && start > 1 && char.IsLetterOrDigit(text[start - 2]))
            {
                return false;
            }
        }

        if (end < text.Length)
        {
            var after = text[end];
            if (char.IsLetterOrDigit(after) || after is '_' or '%' or '/' or '\\')
            {
                return false;
            }

            if ((after is '.' or ',' || IsDash(after)) && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool Overlaps(List<PhoneNumberMatch> found, int count, int start, int end)
    {
        for (var i = 0; i < count; i++)
        {
            if (start < found[i].End && found[i].Start < end)
            {
                return true;
            }
        }

        return false;
    }

    internal static int CountDigits(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
