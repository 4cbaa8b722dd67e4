using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// Ages over 89 of one person: "94 years old", "93-year-old", "age 92", "aged 97", "turned 101", "his 90th birthday",
/// "At 93, she ...", "Ruth, 91, ..." and "ninety-three years old". Ranges and groups ("ages 90 to 95", "age 90 and
/// older", "93-year-olds") are populations, not a person.
/// </summary>
internal static class AgeScanner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;
    internal const int MinAge = 90;
    internal const int MaxAge = 125;

    // Each regex is built the first time a segment passes its prefilter: building a NonBacktracking regex costs
    // milliseconds of CPU, which a scan of a few files (a pre-commit hook) pays for patterns it never runs.
    private static readonly Lazy<Regex> YearsOld = new(() => new Regex(@"\b(?<n>[0-9]{2,3}|[Nn]inety(?:[ -][a-z]+)?)(?: |-)(?:years?|yrs?\.?)(?: |-)old\b", Options));
    private static readonly Lazy<Regex> AgeWord = new(() => new Regex(@"\b(?:[Aa]ged?|AGE) +(?<n>[0-9]{2,3}|ninety(?:-[a-z]+)?)\b", Options));
    private static readonly Lazy<Regex> Turned = new(() => new Regex(@"\b(?:turned|turns|turning) +(?<n>[0-9]{2,3})\b", Options));
    private static readonly Lazy<Regex> Birthday = new(() => new Regex(@"\b(?<n>[0-9]{2,3})(?:st|nd|rd|th) +birthday\b", Options));
    private static readonly Lazy<Regex> AtAge = new(() => new Regex(@"\b[Aa]t +(?<n>[0-9]{2,3})(?:$|[,.;:!?)])", Options));
    private static readonly Lazy<Regex> Apposition = new(() => new Regex(@"\b[A-Z][a-z]+(?:, +(?<n>[0-9]{2,3})[,)]| +\((?<n>[0-9]{2,3})\))", Options));

    private static readonly string[] Units = ["ninety", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>Age spans over 89 in <paramref name="text"/>: the unit is part of the span when the text gives one.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        var found = new List<(int Start, int End)>();
        if (!AgePrefilter.MayHaveAge(text))
        {
            return found; // no number in the age range and no "ninety": Add would reject every match
        }

        // Each pattern's fixed words, looked for first so that most segments skip most regexes.
        if (text.Contains("old", StringComparison.Ordinal))
        {
            Add(text, YearsOld.Value, found, wholeMatch: true, yearsOld: true);
        }

        if (text.Contains("ge", StringComparison.Ordinal) || text.Contains("AGE", StringComparison.Ordinal))
        {
            Add(text, AgeWord.Value, found, wholeMatch: true);
        }

        if (text.Contains("birthday", StringComparison.Ordinal))
        {
            Add(text, Birthday.Value, found, wholeMatch: true);
        }

        if (text.Contains("turn", StringComparison.Ordinal))
        {
            Add(text, Turned.Value, found, wholeMatch: false);
        }

        if (text.Contains("at ", StringComparison.Ordinal) || text.Contains("At ", StringComparison.Ordinal))
        {
            Add(text, AtAge.Value, found, wholeMatch: false);
        }

        Add(text, Apposition.Value, found, wholeMatch: false);
        return found;
    }

    private static void Add(string text, Regex regex, List<(int, int)> found, bool wholeMatch, bool yearsOld = false)
    {
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
        {
            var n = m.Groups["n"];
            var end = m.Index + m.Length;
            if (end < text.Length && text[end] == 's' && yearsOld)
            {
                continue; // "93-year-olds": a group
            }

            if (Value(n.ValueSpan) is >= MinAge and <= MaxAge && !IsRangeOrGroup(text, m.Index, n.Index + n.Length))
            {
                found.Add(wholeMatch ? (m.Index, end) : (n.Index, n.Index + n.Length));
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
