namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// A month and day in digits without a year, after a word that introduces a day ("on 3/14", "since 11/2",
/// "until 6/20"): written that way on a patient story it is a day of the patient's care. Without such a word
/// "3/10", "1/2" and "24/7" are scores, fractions and ratios, and so is a pair followed by "of", a percent sign or
/// another number ("on 3/4 of her days"). Only slashes count: "3-14" and "3.14" are ranges and decimals.
/// </summary>
internal static class ShortNumericDates
{
    // Words after a fraction or score: "on 1/2 a tablet", "on 3/4 of her days", "5/5 stars".
    private static readonly string[] QuantityWords = ["of ", "a ", "an ", "stars", "points", "days", "times", "dose", "tablet", "cup", "hour", "mile"];

    private static readonly string[] DayWords = ["on", "On", "since", "Since", "until", "Until", "till"];

    /// <summary>Adds the short numeric dates of <paramref name="text"/> to <paramref name="found"/>; true when it added one.</summary>
    public static bool Find(string text, List<DateMatch> found)
    {
        var added = false;
        for (var slash = text.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = text.IndexOf('/', slash + 1))
        {
            var start = slash;
            while (start > 0 && slash - start < 3 && char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }

            var end = slash + 1;
            while (end < text.Length && end - slash <= 3 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (slash - start is 1 or 2 && end - slash - 1 is 1 or 2 && IsDayPair(text, start, slash, end)
                && IsAfterDayWord(text, start) && !IsFollowedByQuantity(text, end))
            {
                found.Add(new DateMatch(start, end, HasDay: true));
                added = true;
            }
        }

        return added;
    }

    private static bool IsDayPair(string text, int start, int slash, int end)
    {
        var first = text.AsSpan(start, slash - start);
        var second = text.AsSpan(slash + 1, end - slash - 1);
        return (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '/' or '.' or '-'))
            && (DateScanner.IsMonthAndDay(first, second) || DateScanner.IsMonthAndDay(second, first));
    }

    private static bool IsAfterDayWord(string text, int start)
    {
        var p = start;
        while (p > 0 && text[p - 1] == ' ')
        {
            p--;
        }

        if (p == start)
        {
            return false;
        }

        var wordStart = p;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, p - wordStart);
        foreach (var dayWord in DayWords)
        {
            if (word.SequenceEqual(dayWord))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"3/4 of", "3/14/26" (a full date, read elsewhere), "9/10%", "5/5 stars": not a day.</summary>
    private static bool IsFollowedByQuantity(string text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        if (char.IsLetterOrDigit(text[end]) || text[end] is '/' or '%' or '-')
        {
            return true;
        }

        var rest = text.AsSpan(end).TrimStart(' ');
        foreach (var word in QuantityWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
