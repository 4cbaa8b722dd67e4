namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// Ages over 89 of one person: "94 years old", "93-year-old", "age 92", "aged 97", "turned 101", "his 90th birthday",
/// "At 93, she ...", "Ruth, 91, ..." and "ninety-three years old". Ranges and groups ("ages 90 to 95", "age 90 and
/// older", "93-year-olds") are populations, not a person.
/// </summary>
internal static class AgeScanner
{
    internal const int MinAge = 90;
    internal const int MaxAge = 125;

    private static readonly string[] Units = ["ninety", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>Age spans over 89 in <paramref name="text"/>: the unit is part of the span when the text gives one.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        var found = new List<(int Start, int End)>();
        Find(text, found);
        return found;
    }

    /// <summary>
    /// As <see cref="Find(string)"/>, into <paramref name="found"/> (cleared first): a detector reuses one list for all
    /// its segments. False when the text holds no number in the age range, so that no other age reader need look.
    /// </summary>
    internal static bool Find(string text, List<(int Start, int End)> found)
    {
        found.Clear();
        if (!AgePrefilter.MayHaveAge(text))
        {
            return false; // no number in the age range and no "ninety": Add would reject every match
        }

        // Each pattern's fixed words, looked for first so that most segments skip most patterns.
        if (text.Contains("old", StringComparison.Ordinal))
        {
            Add(text, AgePattern.YearsOld, found, wholeMatch: true, yearsOld: true);
        }

        if (text.Contains("ge", StringComparison.Ordinal) || text.Contains("AGE", StringComparison.Ordinal))
        {
            Add(text, AgePattern.AgeWord, found, wholeMatch: true);
        }

        if (text.Contains("birthday", StringComparison.Ordinal))
        {
            Add(text, AgePattern.Birthday, found, wholeMatch: true);
        }

        if (text.Contains("turn", StringComparison.Ordinal))
        {
            Add(text, AgePattern.Turned, found, wholeMatch: false);
        }

        if (text.Contains("at ", StringComparison.Ordinal) || text.Contains("At ", StringComparison.Ordinal))
        {
            Add(text, AgePattern.AtAge, found, wholeMatch: false);
        }

        Add(text, AgePattern.Apposition, found, wholeMatch: false);
        return true;
    }

    private static void Add(string text, AgePattern pattern, List<(int, int)> found, bool wholeMatch, bool yearsOld = false)
    {
        for (var at = 0; AgePatterns.TryNext(text, at, pattern, out var m); at = m.End)
        {
            if (m.End < text.Length && text[m.End] == 's' && yearsOld)
            {
                continue; // "93-year-olds": a group
            }

            if (Value(text.AsSpan(m.NumberStart, m.NumberEnd - m.NumberStart)) is >= MinAge and <= MaxAge && !IsRangeOrGroup(text, m.Start, m.NumberEnd))
            {
                found.Add(wholeMatch ? (m.Start, m.End) : (m.NumberStart, m.NumberEnd));
            }
        }
    }

    internal static int Value(ReadOnlySpan<char> n)
    {
        if (char.IsAsciiDigit(n[0]))
        {
            return int.Parse(n, System.Globalization.CultureInfo.InvariantCulture);
        }

        var dash = n.IndexOfAny(' ', '-');
        var unit = dash < 0 ? 0 : Array.IndexOf(Units, n[(dash + 1)..].ToString());
        return unit < 0 ? -1 : 90 + unit;
    }

    /// <summary>"over age 90", "ages 90 to 95", "age 90 and older", "aged 90+": thresholds and ranges.</summary>
    internal static bool IsRangeOrGroup(string text, int start, int numberEnd)
    {
        var before = text.AsSpan(Math.Max(0, start - 12), Math.Min(12, start)).TrimEnd();
        foreach (var word in (string[])["over", "under", "above", "below", "by", "around", "about", "until", "past", "between", "from", "beyond", "than"])
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)])))
            {
                return true;
            }
        }

        var after = text.AsSpan(numberEnd, Math.Min(16, text.Length - numberEnd));
        return after.StartsWith("+", StringComparison.Ordinal) || after.StartsWith(" and ", StringComparison.Ordinal) || after.StartsWith(" or ", StringComparison.Ordinal)
            || after.StartsWith(" to ", StringComparison.Ordinal) || after.StartsWith("-", StringComparison.Ordinal) && after.Length > 1 && char.IsAsciiDigit(after[1])
            || after.StartsWith(" plus", StringComparison.Ordinal);
    }
}
