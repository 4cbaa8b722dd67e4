using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Core.Detection.Dates;

namespace ContentLint.Core.Tests.Detection.Dates;

/// <summary>
/// The hand-written <see cref="MonthDatePatterns"/> and <see cref="NumericDatePatterns"/> report exactly the matches
/// (start and length) the NonBacktracking regexes they replaced report with EnumerateMatches, on texts full of near
/// misses: every month and abbreviation with and without ".", weekdays, "the", "of", ordinals, day and year lengths,
/// space runs, tabs and line breaks, commas, and word characters of every kind glued on either side.
/// </summary>
public sealed class DatePatternEquivalenceTests
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
        "Janu", "Febr", "Ma", "Mays", "Junes", "Jule", "Septe", "Septem", "Decem", "MAY", "may", "march", "Mon", "Tue",
    ];

    private static readonly string[] Weekdays =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tues", "Tue", "Wednes", "Thurs",
        "Satur", "Sun", "Fri", "Monda", "monday", "Mondays", "day",
    ];

    private static readonly string[] Glue =
    [
        "", "", "", "", "a", "Z", "_", "1", "0", "é", "Ж", "\u212A", "\u0663", "\uFF13", "\u0301", "\u0903", "\u200D", "\u200C",
        "\u00A0", "-", "/", ".", ",", "(", " ", "\t", "\n", "\r\n", "\u2028", "\U0001F600", "'",
    ];

    private static readonly string[] Spaces = [" ", " ", "  ", "   ", "", "\t", "\n", " \t", "\u00A0", ", ", ",", " ,"];

    private static readonly string[] Days =
    [
        "1", "3", "7", "9", "01", "12", "14", "29", "31", "32", "00", "0", "123", "5", "99", "\u0663", "1\u0663",
    ];

    private static readonly string[] Suffixes = ["", "", "", "st", "nd", "rd", "th", "ST", "s", "t", "stt", "thx"];

    private static readonly string[] Years =
    [
        "2026", "1999", "1850", "1800", "1700", "2100", "2000", "1899", "20", "26", "202", "20261", "19999", "0026", "2\u0663", "18", "199", "21000",
    ];

    private static readonly string[] NumericPieces =
    [
        "1", "3", "03", "12", "13", "31", "123", "2026", "1999", "26", "202", "20261", "0", "/", ".", "-", "//", "--", "\u0663", "2026-03-14",
        "1999-12-31", "2099-19-39", "2026-3-14", "2026-13-01", "1899-01-01", "2126-01-01", "03/14/2026", "3/14/26", "6.5.10", "1.2.3.4",
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    public static TheoryData<string> Edges() =>
    [
        "", "March", "March 1", "Mar. 14th", "Saturday, March 7th, 2026", "Saturday,March 7", "Saturday , March 7", "March 123",
        "March 12, 20261", "May 2026", "May of 2026", "May of  2026", "Mayof 2026", "May 2026x", "xMay 2026", "_May 1", "éMay 1", "\u212AMay 1",
        "\u0301May 1", "\u0903May 1", "\u200DMay 1", "1May 1", "May\t1", "May\n2026", "the 3rd of March.", "the  3rd  of  March,  2026",
        "the3rd of March", "The 3rd of March", "3 of March", "3 ofMarch", "3of March", "13th March 1850", "123 March", "Sept. 5", "Sep. 5", "Sept 5",
        "September 5", "Septe 5", "Sunday the 1st of May", "Sunday, the 1st of May, 1999", "Sunday 1 May", "Mondays 1 May", "Monday,", "May 1st,",
        "May 1st, ", "May 1st, 1", "May 1st 2026", "May 1 , 2026", "Junes 2026", "5 Junes", "5 Jun.e", "March 5th2026", "March 52026",
        "the the 3 May", "of 3 May", "Mar. of 2026", "Mar.. 1", "Mar . 1", "May 2126", "May 1726", "Dec 31", "Dec.31", "2 Dec.",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_cases_give_the_same_matches(string text)
    {
        AssertSame(text);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_dates_with_near_misses_give_the_same_matches(int seed)
    {
        var random = new Random(seed);
        var matched = 0;
        for (var i = 0; i < 6000; i++)
        {
            var text = GeneratedText(random);
            matched += AssertSame(text);
        }

        Assert.True(matched > 1000, "too few matches to compare: " + matched);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_numeric_texts_give_the_same_matches(int seed)
    {
        var random = new Random(seed);
        var matched = 0;
        var text = new StringBuilder();
        for (var i = 0; i < 6000; i++)
        {
            text.Clear();
            for (var t = random.Next(1, 10); t > 0; t--)
            {
                text.Append(random.Next(3) == 0 ? ScannerInputs.Pick(random, Glue) : ScannerInputs.Pick(random, NumericPieces));
            }

            matched += AssertSame(text.ToString());
        }

        Assert.True(matched > 500, "too few matches to compare: " + matched);
    }

    /// <summary>One to three date-like phrases built from the patterns' parts, each part sometimes left out or mangled, with glue around them.</summary>
    private static string GeneratedText(Random random)
    {
        var text = new StringBuilder();
        for (var phrase = random.Next(1, 4); phrase > 0; phrase--)
        {
            text.Append(ScannerInputs.Pick(random, Glue));
            if (random.Next(3) == 0)
            {
                text.Append(ScannerInputs.Pick(random, Weekdays)).Append(random.Next(2) == 0 ? "," : string.Empty).Append(ScannerInputs.Pick(random, Spaces));
            }

            switch (random.Next(3))
            {
                case 0: // month first
                    AppendMonth(random, text);
                    text.Append(ScannerInputs.Pick(random, Spaces)).Append(ScannerInputs.Pick(random, Days)).Append(ScannerInputs.Pick(random, Suffixes));
                    AppendYear(random, text);
                    break;
                case 1: // day first
                    text.Append(random.Next(3) == 0 ? "the" + ScannerInputs.Pick(random, Spaces) : string.Empty);
                    text.Append(ScannerInputs.Pick(random, Days)).Append(ScannerInputs.Pick(random, Suffixes)).Append(ScannerInputs.Pick(random, Spaces));
                    text.Append(random.Next(3) == 0 ? "of" + ScannerInputs.Pick(random, Spaces) : string.Empty);
                    AppendMonth(random, text);
                    AppendYear(random, text);
                    break;
                default: // month and year
                    AppendMonth(random, text);
                    text.Append(ScannerInputs.Pick(random, Spaces)).Append(random.Next(3) == 0 ? "of" + ScannerInputs.Pick(random, Spaces) : string.Empty).Append(ScannerInputs.Pick(random, Years));
                    break;
            }

            text.Append(ScannerInputs.Pick(random, Glue));
        }

        // A few random edits (a character dropped, doubled or replaced) make near misses of the well-formed parts.
        ScannerInputs.ApplyRandomEdits(random, text, random.Next(0, 3), Glue);
        return text.ToString();
    }

    private static void AppendMonth(Random random, StringBuilder text) =>
        text.Append(ScannerInputs.Pick(random, Months)).Append(random.Next(3) == 0 ? "." : string.Empty);

    private static void AppendYear(Random random, StringBuilder text)
    {
        if (random.Next(3) != 0)
        {
            text.Append(random.Next(2) == 0 ? "," : string.Empty).Append(ScannerInputs.Pick(random, Spaces)).Append(ScannerInputs.Pick(random, Years));
        }
    }

    /// <summary>Asserts that every pattern gives the regex's matches on <paramref name="text"/>; returns how many there were.</summary>
    private static int AssertSame(string text)
    {
        var count = 0;
        count += Compare(text, LegacyDateScanner.MonthFirst, (t, at) => (MonthDatePatterns.TryNext(t, at, MonthDatePattern.MonthFirst, out var s, out var e), s, e));
        count += Compare(text, LegacyDateScanner.DayFirst, (t, at) => (MonthDatePatterns.TryNext(t, at, MonthDatePattern.DayFirst, out var s, out var e), s, e));
        count += Compare(text, LegacyDateScanner.MonthYear, (t, at) => (MonthDatePatterns.TryNext(t, at, MonthDatePattern.MonthYear, out var s, out var e), s, e));
        count += Compare(text, LegacyDateScanner.Numeric, (t, at) => (NumericDatePatterns.TryNextNumeric(t, at, out var s, out var e), s, e));
        count += Compare(text, LegacyDateScanner.Iso, (t, at) => (NumericDatePatterns.TryNextIso(t, at, out var s, out var e), s, e));
        Assert.True(LegacyDateScanner.Find(text).SequenceEqual(DateScanner.Find(text)), "dates differ for: " + ScannerInputs.Escape(text));
        return count;
    }

    private static int Compare(string text, Regex regex, Func<string, int, (bool Found, int Start, int End)> next)
    {
        var expected = new List<(int, int)>();
        foreach (var m in regex.EnumerateMatches(text))
        {
            expected.Add((m.Index, m.Length));
        }

        var actual = new List<(int, int)>();
        for (var (found, start, end) = next(text, 0); found; (found, start, end) = next(text, end))
        {
            actual.Add((start, end - start));
        }

        Assert.True(expected.SequenceEqual(actual), regex + " differs for: " + ScannerInputs.Escape(text)
            + " expected " + string.Join(' ', expected) + " actual " + string.Join(' ', actual));
        return expected.Count;
    }
}
