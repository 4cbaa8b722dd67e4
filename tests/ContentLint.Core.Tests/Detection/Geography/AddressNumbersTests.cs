using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Geography;

namespace ContentLint.Core.Tests.Detection.Geography;

/// <summary>The hand-written number scanners against the regexes they replace, on edge cases and random text.</summary>
public sealed class AddressNumbersTests
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private static readonly Regex HouseNumber = new(@"\b[0-9]{1,6}(?:-[0-9]{1,4})?[A-Za-z]?\b", Options);
    private static readonly Regex Zip = new(@"\b[0-9]{5}(?:-[0-9]{4})?\b", Options);
    private static readonly SearchValues<string> Box = SearchValues.Create(["box"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] Pieces =
    [
        "1", "12", "123", "12345", "123456", "1234567", "-", "--", "-1", "-12", "-1234", "-12345", "a", "B", "z", "é", "ß",
        " ", "\n", "\r\n", ".", ",", "$", "/", "_", "#", "٣", "१", "\u0301", "\u0903", "\u200D", "\u200C", "\u00A0", "‿",
        "ア", "Ⅻ", "²", "½", "St", "Street", "x1", "0", "00000-0000", "🙂",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("12-34a")]
    [InlineData("12-34ab 1234567 12a_ 5-6 _7 ٣4 7٣ 4\u0301 x 9\u200D")]
    [InlineData("Anchorage, AK 99501-1234 and 99501-12345 or 12345a")]
    [InlineData("123456-1234b, 123456-12345, 1-2-3, 1a1")]
    public void Scanners_find_what_the_regexes_find(string text) => AssertSame(text);

    [Fact]
    public void Scanners_find_what_the_regexes_find_on_random_text()
    {
        var random = new Random(23);
        for (var n = 0; n < 20_000; n++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 10);
            for (var k = 0; k < count; k++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertSame(builder.ToString());
        }
    }

    [Fact]
    public void Word_characters_are_those_of_the_regex_word_boundary()
    {
        var boundary = new Regex(@"\b", Options);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var isWord = boundary.IsMatch(((char)c).ToString());
            Assert.True(isWord == PhraseSet.IsBoundaryWordChar((char)c), $"U+{c:X4}");
        }
    }

    [Fact]
    public void Only_ASCII_letters_match_the_letters_of_box_case_insensitively()
    {
        // The PO box prefilter looks for "box" ignoring ASCII case only.
        foreach (var letter in "box")
        {
            var regex = new Regex("^" + letter + "$", Options | RegexOptions.IgnoreCase);
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var expected = char.ToLowerInvariant((char)c) == letter && c < 128;
                Assert.True(expected == regex.IsMatch(((char)c).ToString()), $"U+{c:X4}");
                Assert.True(expected == "box".Replace(letter, (char)c).AsSpan().ContainsAny(Box), $"U+{c:X4} search values");
            }
        }
    }

    private static void AssertSame(string text)
    {
        Assert.Equal(RegexMatches(HouseNumber, text), Scan(text, AddressNumbers.NextHouseNumber));
        Assert.Equal(RegexMatches(Zip, text), Scan(text, AddressNumbers.NextZip));
    }

    private static List<(int, int)> RegexMatches(Regex regex, string text)
    {
        var found = new List<(int, int)>();
        foreach (var match in regex.EnumerateMatches(text))
        {
            found.Add((match.Index, match.Index + match.Length));
        }

        return found;
    }

    private static List<(int, int)> Scan(string text, Func<string, int, (int Start, int End)> next)
    {
        var found = new List<(int, int)>();
        for (var (start, end) = next(text, 0); start >= 0; (start, end) = next(text, end))
        {
            found.Add((start, end));
        }

        return found;
    }
}
