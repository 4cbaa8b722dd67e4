using ContentLint.Core.Detection.Dates;

namespace ContentLint.Core.Tests.Detection.Dates;

/// <summary>The prefiltered, capture-free <see cref="DateScanner"/> and <see cref="AgeScanner"/> find what the regex versions found.</summary>
public sealed class DateScannerEquivalenceTests
{
    private static readonly string[] DatePieces =
    [
        "January", "March", "May", "June", "July", "Sept", "Sep", "Dec", "Mar.", "Jun", "Jan.", "May.", "Monday", "Saturday, ", "Wednesday",
        "the ", "of ", " ", ", ", ".", "/", "-", "st", "nd", "rd", "th", "1", "3", "7", "9", "0", "01", "03", "12", "13", "14", "29", "31", "32",
        "26", "99", "2026", "1999", "1850", "1700", "2100", "03/14/2026", "3/14/26", "2026-03-14", "6.5.10", "1.2.3.4", "v", "_",
        "March 14, 2026", "the 3rd of March", "14 March 2026", "\u0663", "é", "Marché", "MAY", "may", "2026-13-01", "2026-02-31",
    ];

    private static readonly string[] AgePieces =
    [
        "90", "91", "99", "100", "101", "125", "126", "89", "090", "0100", "9", "1000", " years old", " year old", "-year-old", "-year-olds",
        " yrs old", " yrs. old", " yr old", "years", "old", "olds", "aged ", "age ", "Age ", "AGE ", "Aged  ", "ages ", "turned ", "turns ",
        "turning ", "st birthday", "th birthday", "nd birthday", "birthday", "at ", "At ", "At  ", "Ruth, ", "Ruth (", "Mary", ", ", "(", ")",
        "ninety", "Ninety", "ninety-three", "ninety three", "ninety-x", "-", "+", " and ", " or ", " to ", " plus", "over ", "between ",
        "about ", "ninety years", "\u0669\u0660", "é", "\n", "!", "?", ";", ":",
    ];

    public static TheoryData<string> Edges() =>
    [
        "", "March", "1", "March 1", "the 3rd of March.", "Mar. 14th", "Saturday, March 7", "March 123", "March 12, 20261", "May 2026",
        "03/14/2026", "3/14/26", "3.14.26", "3-14-2026", "2026-03-14", "2026-3-14", "10/12/2020/5", "v10/12/2020", "1.2.2026.", "12/31/1999\n",
        "\u0663/14/2026", "March \u0663", "on 2026-03-14", "x 12/31/1999", "ab1/2/2026", "a 1.2.2026.5 and 12-31-1999", "v2026-03-14", "12026-03-14", "1231/12/2026", "31/12/2026", "13/13/2026", "00/01/2026", "June.", "the 31st of June.", "14 March 2026.",
        "94 years old", "93-year-old", "93-year-olds", "age 92", "aged 97", "turned 101", "his 90th birthday", "At 93, she", "Ruth, 91, said",
        "Ruth (92)", "ninety-three years old", "Ninety years old", "ninety years years old", "ages 90 to 95", "age 90 and older", "aged 90+",
        "at 95", "at 95\n", "At 090.", "over age 91", "Age 125", "age 126", "AGE 99", "ninety", "aged ninety-nine",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_cases_give_the_same_dates_and_ages(string text)
    {
        Assert.Equal(LegacyDateScanner.Find(text), DateScanner.Find(text));
        Assert.Equal(LegacyAgeScanner.Find(text), AgeScanner.Find(text));
    }

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 12)]
    [InlineData(3, 24)]
    public void Random_texts_give_the_same_dates(int seed, int maxTokens)
    {
        ScannerInputs.AssertSameOnRandomTexts(seed, maxTokens, DatePieces, text => LegacyDateScanner.Find(text), text => DateScanner.Find(text));
    }

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 12)]
    [InlineData(3, 24)]
    public void Random_texts_give_the_same_ages(int seed, int maxTokens)
    {
        ScannerInputs.AssertSameOnRandomTexts(seed, maxTokens, AgePieces, text => LegacyAgeScanner.Find(text), text => AgeScanner.Find(text));
    }
}
