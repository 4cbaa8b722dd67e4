using System.Buffers;

namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// The month-name date regexes, matched by hand: building them as NonBacktracking regexes cost tens of milliseconds of
/// CPU and tens of megabytes of construction garbage at the start of every scan. With W = <c>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? +)?</c>,
/// M = <c>(?:January|...|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?</c>, D = <c>[0-9]{1,2}(?:st|nd|rd|th)?</c>
/// and Y = <c>(?:1[89]|20)[0-9]{2}</c>, each match is the one the regex reports: the leftmost start, and the end that a
/// backtracking engine's priority order (greedy optionals, alternatives in order) gives, which .NET's NonBacktracking
/// engine also reports. Each start is tried in that order; every " +" run is followed by a non-space, so taking the
/// whole run is the only choice that can succeed, and the work per start is bounded by the runs it reads.
/// Case-sensitive: "May" and "March" are months, "may" and "march" are verbs.
/// </summary>
internal static class MonthDatePatterns
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    // The month alternatives that start with each letter, in the regex's order ("January" before "Jan", "Sept" before "Sep").
    private static readonly string[] MonthsJ = ["January", "June", "July", "Jan", "Jun", "Jul"];
    private static readonly string[] MonthsF = ["February", "Feb"];
    private static readonly string[] MonthsM = ["March", "May", "Mar"];
    private static readonly string[] MonthsA = ["April", "August", "Apr", "Aug"];
    private static readonly string[] MonthsS = ["September", "Sept", "Sep"];
    private static readonly string[] MonthsO = ["October", "Oct"];
    private static readonly string[] MonthsN = ["November", "Nov"];
    private static readonly string[] MonthsD = ["December", "Dec"];

    // The first characters a match of each pattern can start with: a weekday's, a month's, "the"'s or a digit.
    private static readonly SearchValues<char> MonthFirstStarts = SearchValues.Create("MTWFSJAOND");
    private static readonly SearchValues<char> DayFirstStarts = SearchValues.Create("MTWFSt0123456789");
    private static readonly SearchValues<char> MonthYearStarts = SearchValues.Create("JFMASOND");

    /// <summary>
    /// The next match of <paramref name="pattern"/> starting at or after <paramref name="from"/>, as the regex's
    /// EnumerateMatches reports it (the caller continues from <paramref name="end"/>); false when there is none.
    /// </summary>
    public static bool TryNext(string text, int from, MonthDatePattern pattern, out int start, out int end) => pattern switch
    {
        MonthDatePattern.MonthFirst => PatternText.TryFirstMatch(text, from, MonthFirstStarts, MonthFirstAt, out start, out end),
        MonthDatePattern.DayFirst => PatternText.TryFirstMatch(text, from, DayFirstStarts, DayFirstAt, out start, out end),
        _ => PatternText.TryFirstMatch(text, from, MonthYearStarts, MonthYearAt, out start, out end),
    };

    private static int MonthFirstAt(ReadOnlySpan<char> text, int i)
    {
        var afterWeekday = WeekdayEnd(text, i);
        var end = afterWeekday >= 0 ? MonthFirstAfterWeekday(text, afterWeekday) : -1;
        return end >= 0 ? end : MonthFirstAfterWeekday(text, i);
    }

    /// <summary>M " +" D (?:,? +Y)? at <paramref name="p"/>: once a day's first digit follows the spaces, the rest is optional and the match succeeds.</summary>
    private static int MonthFirstAfterWeekday(ReadOnlySpan<char> text, int p)
    {
        foreach (var month in MonthsAt(text, p))
        {
            if (!text[p..].StartsWith(month, StringComparison.Ordinal))
            {
                continue;
            }

            var e = p + month.Length;
            var end = e < text.Length && text[e] == '.' ? DayAndYearAfterSpaces(text, e + 1) : -1;
            end = end >= 0 ? end : DayAndYearAfterSpaces(text, e);
            if (end >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>" +" D (?:,? +Y)? at <paramref name="p"/>: two digits when there are two (greedy), the suffix when there is one.</summary>
    private static int DayAndYearAfterSpaces(ReadOnlySpan<char> text, int p)
    {
        var q = PatternText.SpacesEnd(text, p);
        if (q == p || q >= text.Length || !char.IsAsciiDigit(text[q]))
        {
            return -1;
        }

        var d = q + 1 < text.Length && char.IsAsciiDigit(text[q + 1]) ? q + 2 : q + 1;
        d = PatternText.HasOrdinalSuffix(text, d) ? d + 2 : d;
        return OptionalYearEnd(text, d);
    }

    private static int DayFirstAt(ReadOnlySpan<char> text, int i)
    {
        var afterWeekday = WeekdayEnd(text, i);
        var end = afterWeekday >= 0 ? DayFirstAfterWeekday(text, afterWeekday) : -1;
        return end >= 0 ? end : DayFirstAfterWeekday(text, i);
    }

    /// <summary>(?:the +)? D " +" (?:of +)? M (?:,? +Y)? at <paramref name="p"/>.</summary>
    private static int DayFirstAfterWeekday(ReadOnlySpan<char> text, int p)
    {
        if (text[p..].StartsWith("the", StringComparison.Ordinal))
        {
            var s = PatternText.SpacesEnd(text, p + 3);
            var end = s > p + 3 ? DayFirstDay(text, s) : -1;
            if (end >= 0)
            {
                return end;
            }
        }

        return DayFirstDay(text, p);
    }

    /// <summary>D " +" (?:of +)? M (?:,? +Y)? at <paramref name="p"/>, trying two digits before one and the suffix before none.</summary>
    private static int DayFirstDay(ReadOnlySpan<char> text, int p)
    {
        if (p >= text.Length || !char.IsAsciiDigit(text[p]))
        {
            return -1;
        }

        for (var digits = p + 1 < text.Length && char.IsAsciiDigit(text[p + 1]) ? 2 : 1; digits >= 1; digits--)
        {
            var d = p + digits;
            var end = PatternText.HasOrdinalSuffix(text, d) ? MonthAfterDay(text, d + 2) : -1;
            end = end >= 0 ? end : MonthAfterDay(text, d);
            if (end >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>" +" (?:of +)? M (?:,? +Y)? at <paramref name="p"/>.</summary>
    private static int MonthAfterDay(ReadOnlySpan<char> text, int p)
    {
        var s = PatternText.SpacesEnd(text, p);
        if (s == p)
        {
            return -1;
        }

        if (text[s..].StartsWith("of", StringComparison.Ordinal))
        {
            var t = PatternText.SpacesEnd(text, s + 2);
            var end = t > s + 2 ? MonthAndYear(text, t) : -1;
            if (end >= 0)
            {
                return end;
            }
        }

        return MonthAndYear(text, s);
    }

    /// <summary>M (?:,? +Y)? at <paramref name="p"/>: all after the month is optional, so the first month alternative that fits decides.</summary>
    private static int MonthAndYear(ReadOnlySpan<char> text, int p)
    {
        foreach (var month in MonthsAt(text, p))
        {
            if (text[p..].StartsWith(month, StringComparison.Ordinal))
            {
                var e = p + month.Length;
                return OptionalYearEnd(text, e < text.Length && text[e] == '.' ? e + 1 : e);
            }
        }

        return -1;
    }

    /// <summary>M " +" (?:of +)? Y at <paramref name="i"/>.</summary>
    private static int MonthYearAt(ReadOnlySpan<char> text, int i)
    {
        foreach (var month in MonthsAt(text, i))
        {
            if (!text[i..].StartsWith(month, StringComparison.Ordinal))
            {
                continue;
            }

            var e = i + month.Length;
            var end = e < text.Length && text[e] == '.' ? YearAfterSpaces(text, e + 1) : -1;
            end = end >= 0 ? end : YearAfterSpaces(text, e);
            if (end >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>" +" (?:of +)? Y at <paramref name="p"/>.</summary>
    private static int YearAfterSpaces(ReadOnlySpan<char> text, int p)
    {
        var s = PatternText.SpacesEnd(text, p);
        if (s == p)
        {
            return -1;
        }

        if (text[s..].StartsWith("of", StringComparison.Ordinal))
        {
            var t = PatternText.SpacesEnd(text, s + 2);
            if (t > s + 2 && IsYear(text, t))
            {
                return t + 4;
            }
        }

        return IsYear(text, s) ? s + 4 : -1;
    }

    /// <summary>Where "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? +" ends at <paramref name="i"/>, or -1 (a comma needs spaces after it).</summary>
    private static int WeekdayEnd(ReadOnlySpan<char> text, int i)
    {
        foreach (var weekday in Weekdays)
        {
            if (text[i..].StartsWith(weekday, StringComparison.Ordinal))
            {
                var e = i + weekday.Length;
                e = e < text.Length && text[e] == ',' ? e + 1 : e;
                var s = PatternText.SpacesEnd(text, e);
                return s > e ? s : -1;
            }
        }

        return -1;
    }

    /// <summary>(?:,? +Y)? at <paramref name="p"/>: the end after the year when one follows, else <paramref name="p"/>.</summary>
    private static int OptionalYearEnd(ReadOnlySpan<char> text, int p)
    {
        var q = p < text.Length && text[p] == ',' ? p + 1 : p;
        var s = PatternText.SpacesEnd(text, q);
        return s > q && IsYear(text, s) ? s + 4 : p;
    }

    /// <summary>(?:1[89]|20)[0-9]{2} at <paramref name="p"/> (no boundary after it: "20261" holds the year "2026").</summary>
    private static bool IsYear(ReadOnlySpan<char> text, int p) =>
        p + 4 <= text.Length
        && ((text[p] == '1' && text[p + 1] is '8' or '9') || (text[p] == '2' && text[p + 1] == '0'))
        && char.IsAsciiDigit(text[p + 2]) && char.IsAsciiDigit(text[p + 3]);

    private static ReadOnlySpan<string> MonthsAt(ReadOnlySpan<char> text, int p) => p >= text.Length ? [] : text[p] switch
    {
        'J' => MonthsJ,
        'F' => MonthsF,
        'M' => MonthsM,
        'A' => MonthsA,
        'S' => MonthsS,
        'O' => MonthsO,
        'N' => MonthsN,
        'D' => MonthsD,
        _ => [],
    };
}
