using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// Dates in the usual English and numeric formats: "March 14, 2026", "Saturday, March 7", "Mar. 14th", "14 March 2026",
/// "the 3rd of March", "03/14/2026", "3/14/26", "2026-03-14", and "March 2026". Regexes propose; C# checks the day and
/// month ranges and that the match is not part of a longer number.
/// </summary>
internal static class DateScanner
{
    // Case-sensitive: "May" and "March" are months, "may" and "march" are verbs.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;
    private const string Weekday = @"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? +)?";
    private const string Month = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?";
    private const string Day = @"(?<day>[0-9]{1,2})(?:st|nd|rd|th)?";
    private const string Year = @"(?<year>(?:1[89]|20)[0-9]{2})";

    // The regexes are built the first time a text needs them (month names, or digits that can start a numeric date):
    // building the three month patterns costs tens of milliseconds of CPU, which a scan of a few files (a pre-commit
    // hook) pays even when none of them names a month.
    private static readonly Lazy<Regex> MonthFirst = new(() => new Regex(@"\b" + Weekday + Month + " +" + Day + "(?:,? +" + Year + ")?", Options));
    private static readonly Lazy<Regex> DayFirst = new(() => new Regex(@"\b" + Weekday + "(?:the +)?" + Day + " +(?:of +)?" + Month + "(?:,? +" + Year + ")?", Options));
    private static readonly Lazy<Regex> MonthYear = new(() => new Regex(@"\b" + Month + " +(?:of +)?" + Year, Options));
    private static readonly Lazy<Regex> Numeric = new(() => new Regex(@"\b(?<a>[0-9]{1,2})(?<sep>[/.\-])(?<b>[0-9]{1,2})[/.\-](?<year>[0-9]{4}|[0-9]{2})\b", Options));
    private static readonly Lazy<Regex> Iso = new(() => new Regex(@"\b(?<year>(?:19|20)[0-9]{2})-(?<a>[01][0-9])-(?<b>[0-3][0-9])\b", Options));

    /// <summary>Date spans in <paramref name="text"/>, without overlaps (the longest wins).</summary>
    public static List<DateMatch> Find(string text)
    {
        var found = new List<DateMatch>();
        if (!TextChecks.HasAsciiDigit(text))
        {
            return found; // every date format has a day or year in digits
        }

        // Each of the three patterns below names a month, and every month starts with one of twelve prefixes.
        // Without capture groups NonBacktracking stays in its DFA: the day is read from the match by hand.
        if (TextChecks.HasMonthName(text))
        {
            foreach (var regex in (Regex[])[MonthFirst.Value, DayFirst.Value])
            {
                foreach (var m in regex.EnumerateMatches(text))
                {
                    var end = TrimSentencePeriod(text, m.Index + m.Length);
                    if (DateParts.Day(text.AsSpan(m.Index, m.Length)) is >= 1 and <= 31 && IsStandalone(text, m.Index, end))
                    {
                        found.Add(new DateMatch(m.Index, end, HasDay: true));
                    }
                }
            }

            foreach (var m in MonthYear.Value.EnumerateMatches(text))
            {
                found.Add(new DateMatch(m.Index, m.Index + m.Length, HasDay: false));
            }
        }

        // Both numeric patterns start with \b and digits, so starting where the first one can start changes no match
        // (\b still sees the character before).
        var numericStart = DateParts.NumericDateStart(text);
        if (numericStart < 0)
        {
            return RemoveOverlaps(found);
        }

        foreach (var m in Numeric.Value.EnumerateMatches(text, numericStart))
        {
            if (IsNumericDate(text.AsSpan(m.Index, m.Length)) && IsStandalone(text, m.Index, m.Index + m.Length))
            {
                found.Add(new DateMatch(m.Index, m.Index + m.Length, HasDay: true));
            }
        }

        foreach (var m in Iso.Value.EnumerateMatches(text, numericStart))
        {
            var date = text.AsSpan(m.Index, m.Length);
            if (IsMonthAndDay(date.Slice(5, 2), date.Slice(8, 2)) && IsStandalone(text, m.Index, m.Index + m.Length))
            {
                found.Add(new DateMatch(m.Index, m.Index + m.Length, HasDay: true));
            }
        }

        return RemoveOverlaps(found);
    }

    /// <summary>"the 3rd of March." ends a sentence: the period belongs to it unless the month is abbreviated ("Mar.").</summary>
    internal static int TrimSentencePeriod(string text, int end)
    {
        if (text[end - 1] != '.')
        {
            return end;
        }

        var wordStart = end - 1;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return end - 1 - wordStart is > 4 or 0 || text.AsSpan(wordStart, end - 1 - wordStart) is "June" or "July" or "May" ? end - 1 : end;
    }

    /// <summary>Month/day/year or day/month/year, the same separator twice; a two-digit year only with slashes ("6.5.10" is a version).</summary>
    private static bool IsNumericDate(ReadOnlySpan<char> date)
    {
        // The pattern is digits, separator, digits, separator, year: the separators are the first two non-digits.
        var sepAt = date.IndexOfAnyExceptInRange('0', '9');
        var sep = date[sepAt];
        var secondAt = sepAt + 1 + date[(sepAt + 1)..].IndexOfAnyExceptInRange('0', '9');
        var a = date[..sepAt];
        var b = date[(sepAt + 1)..secondAt];
        if (date.Count(sep) != 2 || (date.Length - secondAt - 1 == 2 && sep != '/'))
        {
            return false;
        }

        return IsMonthAndDay(a, b) || IsMonthAndDay(b, a);
    }

    internal static bool IsMonthAndDay(ReadOnlySpan<char> month, ReadOnlySpan<char> day) =>
        int.Parse(month, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12
        && int.Parse(day, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;

    /// <summary>"1.2.3.4", "v10/12/2020", "10/12/2020/5" belong to something longer.</summary>
    internal static bool IsStandalone(string text, int start, int end) =>
        (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '/' or '.' or '-' or '_'))
        && (end >= text.Length || !(char.IsLetterOrDigit(text[end]) || ((text[end] is '/' or '-' or '.') && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))));

    internal static List<DateMatch> RemoveOverlaps(List<DateMatch> found)
    {
        found.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        var kept = new List<DateMatch>();
        foreach (var date in found)
        {
            if (kept.Count == 0 || date.Start >= kept[^1].End)
            {
                kept.Add(date);
            }
        }

        return kept;
    }
}
