using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Core.Detection.Dates;

namespace ContentLint.Core.Tests.Detection.Dates;

/// <summary>
/// The hand-written <see cref="AgePatterns"/> report exactly the matches and number groups the NonBacktracking age
/// regexes they replaced report with Match/NextMatch, on texts full of near misses (units, "ninety" words, space runs,
/// digit runs of every length, word characters of every kind glued on either side, line breaks at the end).
/// </summary>
public sealed class AgePatternEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "9", "90", "93", "99", "100", "125", "126", "1234", "0", "\u0663", "\u0669\u0660", "ninety", "Ninety", "NINETY", "ninet", "inety",
        "ninety-three", "ninety three", "ninety-", "ninety-x", "ninety-Three", "years", "year", "yrs", "yrs.", "yr", "yr.", "yrss", "ye",
        "old", "olds", "older", "Old", "aged", "Aged", "age", "Age", "AGE", "AGED", "ag", "agee", "turned", "turns", "turning", "turn",
        "Turned", "st", "nd", "rd", "th", "birthday", "birthdays", "Birthday", "at", "At", "AT", "a", "t", "Ruth", "Mary", "R", "Rut",
        "RUTH", "(", ")", ",", ".", ";", ":", "!", "?", "-", " ", " ", " ", "  ", "   ", "\t", "\n", "\r\n", "_", "é", "\u212A", "\u0301",
        "\u0903", "\u200D", "\u00A0", "x", "Z", "1",
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    public static TheoryData<string> Edges() =>
    [
        "", "94 years old", "93-year-old", "93-year-olds", "ninety years years old", "ninety-three years old", "Ninety years old",
        "ninety years old", "ninety-three-year-old", "age 92", "aged 97", "Aged  97", "AGE 99", "agedd 97", "age ninety-nine", "age ninety-",
        "age ninety-nine5", "age ninety-nineé", "age ninety_", "turned 101", "turning 95x", "his 90th birthday", "90thbirthday",
        "At 93, she", "at 95", "at 95\n", "at 95\n\n", "at 95\r\n", "at 1234.", "Ruth, 91, said", "Ruth (92)", "Ruth,91,", "Ruth  (92)",
        "RUTH, 91,", "Rut, 91)", "é Ruth, 91,", "_Ruth, 91,", "\u212ARuth, 91,", "94 yrs. old", "94 yr- old", "94 years oldé", "194 years old",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_cases_give_the_same_matches(string text)
    {
        AssertSame(text);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_and_generated_texts_give_the_same_matches(int seed)
    {
        var random = new Random(seed);
        var matched = 0;
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            text.Clear();
            for (var t = random.Next(1, 12); t > 0; t--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            matched += AssertSame(text.ToString());
            matched += AssertSame(GeneratedText(random));
        }

        Assert.True(matched > 1000, "too few matches to compare: " + matched);
    }

    private static readonly string[] Numbers =
    [
        "90", "93", "99", "100", "125", "126", "89", "9", "1234", "090", "\u0663\u0663", "9\u0663", "ninety", "Ninety", "ninety-three",
        "ninety three", "ninety-", "ninety-nine5", "ninety_",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", " ", " ", " ", "  ", "", "\t", "\n", "\u00A0", "-"];

    private static readonly string[] Glue =
    [
        "", "", "", "", "", "", " ", " ", " ", "a", "Z", "_", "1", "é", "\u212A", "\u0663", "\u0301", "\u0903", "\u200D", "-", ".", ",", "(", ")", " ", "\n", "s", "!",
    ];

    /// <summary>One to three age-like phrases built from the patterns' parts, with glue around them and a few random edits.</summary>
    private static string GeneratedText(Random random)
    {
        var text = new StringBuilder();
        for (var phrase = random.Next(1, 4); phrase > 0; phrase--)
        {
            text.Append(ScannerInputs.Pick(random, Glue));
            var number = ScannerInputs.Pick(random, Numbers);
            switch (random.Next(6))
            {
                case 0:
                    text.Append(number).Append(ScannerInputs.Pick(random, Spaces)).Append(ScannerInputs.Pick(random, ["years", "year", "yrs", "yrs.", "yr", "yr.", "yrss"]))
                        .Append(ScannerInputs.Pick(random, Spaces)).Append(ScannerInputs.Pick(random, ["old", "olds", "older", "ol"]));
                    break;
                case 1:
                    text.Append(ScannerInputs.Pick(random, ["aged", "Aged", "age", "Age", "AGE", "AGED", "agedd"])).Append(ScannerInputs.Pick(random, Spaces)).Append(number);
                    break;
                case 2:
                    text.Append(ScannerInputs.Pick(random, ["turned", "turns", "turning", "turn"])).Append(ScannerInputs.Pick(random, Spaces)).Append(number);
                    break;
                case 3:
                    text.Append(number).Append(ScannerInputs.Pick(random, ["st", "nd", "rd", "th", "", "TH"])).Append(ScannerInputs.Pick(random, Spaces)).Append(ScannerInputs.Pick(random, ["birthday", "birthdays", "birth"]));
                    break;
                case 4:
                    text.Append(ScannerInputs.Pick(random, ["at", "At", "AT", "a"])).Append(ScannerInputs.Pick(random, Spaces)).Append(number)
                        .Append(ScannerInputs.Pick(random, [",", ".", ";", ":", "!", "?", ")", "", "\n", "\n\n", "\r\n", "x", "("]));
                    break;
                default:
                    text.Append(ScannerInputs.Pick(random, ["Ruth", "Mary", "R", "RUTH", "Rut"]))
                        .Append(random.Next(2) == 0 ? "," + ScannerInputs.Pick(random, Spaces) + number + ScannerInputs.Pick(random, [",", ")", "", "."])
                            : ScannerInputs.Pick(random, Spaces) + "(" + number + ScannerInputs.Pick(random, [")", "", ","]));
                    break;
            }

            text.Append(ScannerInputs.Pick(random, Glue));
        }

        ScannerInputs.ApplyRandomEdits(random, text, random.Next(-2, 3), Glue);
        return text.ToString();
    }

    private static int AssertSame(string text)
    {
        var count = 0;
        count += Compare(text, LegacyAgeScanner.YearsOld, AgePattern.YearsOld);
        count += Compare(text, LegacyAgeScanner.AgeWord, AgePattern.AgeWord);
        count += Compare(text, LegacyAgeScanner.Turned, AgePattern.Turned);
        count += Compare(text, LegacyAgeScanner.Birthday, AgePattern.Birthday);
        count += Compare(text, LegacyAgeScanner.AtAge, AgePattern.AtAge);
        count += Compare(text, LegacyAgeScanner.Apposition, AgePattern.Apposition);
        Assert.True(LegacyAgeScanner.Find(text).SequenceEqual(AgeScanner.Find(text)), "ages differ for: " + ScannerInputs.Escape(text));
        return count;
    }

    private static int Compare(string text, Regex regex, AgePattern pattern)
    {
        var expected = new List<(int, int, int, int)>();
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
        {
            var n = m.Groups["n"];
            expected.Add((m.Index, m.Index + m.Length, n.Index, n.Index + n.Length));
        }

        var actual = new List<(int, int, int, int)>();
        for (var at = 0; AgePatterns.TryNext(text, at, pattern, out var m); at = m.End)
        {
            actual.Add((m.Start, m.End, m.NumberStart, m.NumberEnd));
        }

        Assert.True(expected.SequenceEqual(actual), pattern + " differs for: " + ScannerInputs.Escape(text)
            + " expected " + string.Join(' ', expected) + " actual " + string.Join(' ', actual));
        return expected.Count;
    }
}
