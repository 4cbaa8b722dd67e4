using System.Text.RegularExpressions;
using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Dates;

namespace ContentLint.Core.Tests.Detection.Dates;

/// <summary>
/// The regexes-with-captures scanner as it was before its prefilters and hand-read parts, kept as the reference the equivalence tests compare <see cref="DateScanner"/> with.
/// Dates in the usual English and numeric formats: "March 14, 2026", "Saturday, March 7", "Mar. 14th", "14 March 2026",
/// "the 3rd of March", "03/14/2026", "3/14/26", "2026-03-14", and "March 2026". Regexes propose; C# checks the day and
/// month ranges and that the match is not part of a longer number.
/// </summary>
internal static class LegacyDateScanner
{
    // Case-sensitive: "May" and "March" are months, "may" and "march" are verbs.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;
    private const string Weekday = @"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? +)?";
    private const string Month = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?";
    private const string Day = @"(?<day>[0-9]{1,2})(?:st|nd|rd|th)?";
    private const string Year = @"(?<year>(?:1[89]|20)[0-9]{2})";

    internal static readonly Regex MonthFirst = new(@"\b" + Weekday + Month + " +" + Day + "(?:,? +" + Year + ")?", Options);
    internal static readonly Regex DayFirst = new(@"\b" + Weekday + "(?:the +)?" + Day + " +(?:of +)?" + Month + "(?:,? +" + Year + ")?", Options);
    internal static readonly Regex MonthYear = new(@"\b" + Month + " +(?:of +)?" + Year, Options);
    internal static readonly Regex Numeric = new(@"\b(?<a>[0-9]{1,2})(?<sep>[/.\-])(?<b>[0-9]{1,2})[/.\-](?<year>[0-9]{4}|[0-9]{2})\b", Options);
    internal static readonly Regex Iso = new(@"\b(?<year>(?:19|20)[0-9]{2})-(?<a>[01][0-9])-(?<b>[0-3][0-9])\b", Options);

    /// <summary>Date spans in <paramref name="text"/>, without overlaps (the longest wins).</summary>
    public static List<DateMatch> Find(string text)
    {
        var found = new List<DateMatch>();
        if (!TextChecks.HasAsciiDigit(text))
        {
            return found; // every date format has a day or year in digits
        }

        // Each of the three patterns below names a month, and every month starts with one of twelve prefixes.
        foreach (var regex in TextChecks.HasMonthName(text) ? (Regex[])[MonthFirst, DayFirst] : [])
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                var end = DateScanner.TrimSentencePeriod(text, m.Index + m.Length);
                if (int.Parse(m.Groups["day"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31 && DateScanner.IsStandalone(text, m.Index, end))
                {
                    found.Add(new DateMatch(m.Index, end, HasDay: true));
                }
            }
        }

        if (TextChecks.HasMonthName(text))
        {
            foreach (var m in MonthYear.EnumerateMatches(text))
            {
                found.Add(new DateMatch(m.Index, m.Index + m.Length, HasDay: false));
            }
        }

        for (var m = Numeric.Match(text); m.Success; m = m.NextMatch())
        {
            if (IsNumericDate(m) && DateScanner.IsStandalone(text, m.Index, m.Index + m.Length))
            {
                found.Add(new DateMatch(m.Index, m.Index + m.Length, HasDay: true));
            }
        }

        for (var m = Iso.Match(text); m.Success; m = m.NextMatch())
        {
            if (DateScanner.IsMonthAndDay(m.Groups["a"].ValueSpan, m.Groups["b"].ValueSpan) && DateScanner.IsStandalone(text, m.Index, m.Index + m.Length))
            {
                found.Add(new DateMatch(m.Index, m.Index + m.Length, HasDay: true));
            }
        }

        return DateScanner.RemoveOverlaps(found);
    }

    /// <summary>Month/day/year or day/month/year, the same separator twice; a two-digit year only with slashes ("6.5.10" is a version).</summary>
    private static bool IsNumericDate(Match m)
    {
        var a = m.Groups["a"].ValueSpan;
        var b = m.Groups["b"].ValueSpan;
        var sep = m.Groups["sep"].ValueSpan[0];
        var text = m.ValueSpan;
        if (text.Count(sep) != 2 || (m.Groups["year"].Length == 2 && sep != '/'))
        {
            return false;
        }

        return DateScanner.IsMonthAndDay(a, b) || DateScanner.IsMonthAndDay(b, a);
    }
}
