using System.Text.RegularExpressions;
using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Dates;

namespace ContentLint.Core.Tests.Detection.Dates;

/// <summary>
/// The scanner as it was before its prefilters, kept as the reference the equivalence tests compare <see cref="AgeScanner"/> with.
/// Ages over 89 of one person: "94 years old", "93-year-old", "age 92", "aged 97", "turned 101", "his 90th birthday",
/// "At 93, she ...", "Ruth, 91, ..." and "ninety-three years old". Ranges and groups ("ages 90 to 95", "age 90 and
/// older", "93-year-olds") are populations, not a person.
/// </summary>
internal static class LegacyAgeScanner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;
    private const int MinAge = 90;
    private const int MaxAge = 125;

    internal static readonly Regex YearsOld = new(@"\b(?<n>[0-9]{2,3}|[Nn]inety(?:[ -][a-z]+)?)(?: |-)(?:years?|yrs?\.?)(?: |-)old\b", Options);
    internal static readonly Regex AgeWord = new(@"\b(?:[Aa]ged?|AGE) +(?<n>[0-9]{2,3}|ninety(?:-[a-z]+)?)\b", Options);
    internal static readonly Regex Turned = new(@"\b(?:turned|turns|turning) +(?<n>[0-9]{2,3})\b", Options);
    internal static readonly Regex Birthday = new(@"\b(?<n>[0-9]{2,3})(?:st|nd|rd|th) +birthday\b", Options);
    internal static readonly Regex AtAge = new(@"\b[Aa]t +(?<n>[0-9]{2,3})(?:$|[,.;:!?)])", Options);
    internal static readonly Regex Apposition = new(@"\b[A-Z][a-z]+(?:, +(?<n>[0-9]{2,3})[,)]| +\((?<n>[0-9]{2,3})\))", Options);

    /// <summary>Age spans over 89 in <paramref name="text"/>: the unit is part of the span when the text gives one.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        var found = new List<(int Start, int End)>();
        if (!TextChecks.HasAsciiDigit(text) && !text.Contains("inety", StringComparison.Ordinal))
        {
            return found; // every pattern needs a number in digits or "ninety"
        }

        Add(text, YearsOld, found, wholeMatch: true);
        Add(text, AgeWord, found, wholeMatch: true);
        Add(text, Birthday, found, wholeMatch: true);
        Add(text, Turned, found, wholeMatch: false);
        Add(text, AtAge, found, wholeMatch: false);
        Add(text, Apposition, found, wholeMatch: false);
        return found;
    }

    private static void Add(string text, Regex regex, List<(int, int)> found, bool wholeMatch)
    {
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
        {
            var n = m.Groups["n"];
            var end = m.Index + m.Length;
            if (end < text.Length && text[end] == 's' && regex == YearsOld)
            {
                continue; // "93-year-olds": a group
            }

            if (AgeScanner.Value(n.ValueSpan) is >= MinAge and <= MaxAge && !AgeScanner.IsRangeOrGroup(text, m.Index, n.Index + n.Length))
            {
                found.Add(wholeMatch ? (m.Index, end) : (n.Index, n.Index + n.Length));
            }
        }
    }
}
