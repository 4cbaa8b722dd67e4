using System.Text.RegularExpressions;
using ContentLint.Core.Detection;

namespace ContentLint.Core.Tests.Detection;

/// <summary>
/// The regexes-with-captures scanner as it was before its prefilters and hand-read parts, kept as the reference the equivalence tests compare <see cref="PhoneNumberScanner"/> with.
/// Finds telephone numbers by shape. The regexes only propose; C# validates (NANP area code and exchange,
/// boundaries, consistent separators) because NonBacktracking has no lookarounds.
/// </summary>
internal static class LegacyPhoneNumberScanner
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
        if (!text.Contains('+', StringComparison.Ordinal) && !TextChecks.MayHaveDigits(text, 10))
        {
            return found; // an international number needs '+', a North American one ten digits
        }

        foreach (var match in International.EnumerateMatches(text))
        {
            var digits = PhoneNumberScanner.CountDigits(text.AsSpan(match.Index, match.Length));
            if (digits is >= MinInternationalDigits and <= MaxInternationalDigits && PhoneNumberScanner.IsStandalone(text, match.Index, match.Index + match.Length))
            {
                found.Add(new PhoneNumberMatch(match.Index, match.Length, PhoneNumberFormat.International));
            }
        }

        var international = found.Count;
        for (var match = NorthAmerican.Match(text); match.Success; match = match.NextMatch())
        {
            var end = match.Index + match.Length;
            if (IsValidNorthAmerican(match) && PhoneNumberScanner.IsStandalone(text, match.Index, end) && !PhoneNumberScanner.Overlaps(found, international, match.Index, end))
            {
                var spaced = match.Groups["s1"].Success && match.Groups["s1"].Value == " " && !match.Groups["cc"].Success;
                var format = spaced ? PhoneNumberFormat.SpaceSeparated : PhoneNumberFormat.NorthAmerican;
                found.Add(new PhoneNumberMatch(match.Index, match.Length, format, match.Groups["a"].Value));
            }
        }

        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        return found;
    }

    private static bool IsValidNorthAmerican(Match match)
    {
        var s1 = match.Groups["s1"];
        if (s1.Success && !PhoneNumberScanner.SameSeparator(s1.ValueSpan[0], match.Groups["s2"].ValueSpan[0]))
        {
            return false; // 555-201 3300 is two numbers or a list, not one number
        }

        return PhoneNumberScanner.IsNanpCode(match.Groups["a"].ValueSpan) && PhoneNumberScanner.IsNanpCode(match.Groups["b"].ValueSpan);
    }
}
