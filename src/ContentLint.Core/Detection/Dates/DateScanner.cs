namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// Dates in the usual English and numeric formats: "March 14, 2026", "Saturday, March 7", "Mar. 14th", "14 March 2026",
/// "the 3rd of March", "03/14/2026", "3/14/26", "2026-03-14", and "March 2026". Patterns propose; C# checks the day and
/// month ranges and that the match is not part of a longer number.
/// </summary>
internal static class DateScanner
{
    // No regex is built: the month-name and numeric patterns are matched by hand (MonthDatePatterns,
    // NumericDatePatterns), with the matches the NonBacktracking regexes gave. Built, those regexes cost tens of
    // milliseconds of CPU and megabytes of construction garbage at the start of every scan.

    /// <summary>Date spans in <paramref name="text"/>, without overlaps (the longest wins).</summary>
    public static List<DateMatch> Find(string text)
    {
        var found = new List<DateMatch>();
        Find(text, found);
        return found;
    }

    /// <summary>As <see cref="Find(string)"/>, into <paramref name="found"/> (cleared first): a detector reuses one list for all its segments.</summary>
    internal static void Find(string text, List<DateMatch> found)
    {
        found.Clear();
        if (!TextChecks.HasAsciiDigit(text))
        {
            return; // every date format has a day or year in digits
        }

        // Each of the three patterns below names a month, and every month starts with one of twelve prefixes.
        if (TextChecks.HasMonthName(text))
        {
            foreach (var pattern in (ReadOnlySpan<MonthDatePattern>)[MonthDatePattern.MonthFirst, MonthDatePattern.DayFirst])
            {
                for (var at = 0; MonthDatePatterns.TryNext(text, at, pattern, out var start, out var matchEnd); at = matchEnd)
                {
                    var end = TrimSentencePeriod(text, matchEnd);
                    if (DateParts.Day(text.AsSpan(start, matchEnd - start)) is >= 1 and <= 31 && IsStandalone(text, start, end))
                    {
                        found.Add(new DateMatch(start, end, HasDay: true));
                    }
                }
            }

            for (var at = 0; MonthDatePatterns.TryNext(text, at, MonthDatePattern.MonthYear, out var start, out var end); at = end)
            {
                found.Add(new DateMatch(start, end, HasDay: false));
            }
        }

        // Both numeric patterns start with \b and digits, so starting where the first one can start changes no match
        // (\b still looks at the character before).
        var numericStart = DateParts.NumericDateStart(text);
        if (numericStart < 0)
        {
            RemoveOverlaps(found);
            return;
        }

        for (var at = numericStart; NumericDatePatterns.TryNextNumeric(text, at, out var start, out var end); at = end)
        {
            if (IsNumericDate(text.AsSpan(start, end - start)) && IsStandalone(text, start, end))
            {
                found.Add(new DateMatch(start, end, HasDay: true));
            }
        }

        for (var at = numericStart; NumericDatePatterns.TryNextIso(text, at, out var start, out var end); at = end)
        {
            var date = text.AsSpan(start, end - start);
            if (IsMonthAndDay(date.Slice(5, 2), date.Slice(8, 2)) && IsStandalone(text, start, end))
            {
                found.Add(new DateMatch(start, end, HasDay: true));
            }
        }

        RemoveOverlaps(found);
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

    /// <summary>Sorts <paramref name="found"/> and keeps, in place, each date that starts at or after the end of the last one kept.</summary>
    internal static List<DateMatch> RemoveOverlaps(List<DateMatch> found)
    {
        found.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        // The kept dates are compacted to the front: slot kept - 1 is the last one kept, and it never lies past the
        // date being read, so nothing is overwritten before it is read.
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
        {
            var date = found[i];
            if (kept == 0 || date.Start >= found[kept - 1].End)
            {
                found[kept++] = date;
            }
        }

        found.RemoveRange(kept, found.Count - kept);
        return found;
    }
}
