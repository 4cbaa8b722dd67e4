using System.Text;
using ContentLint.Core.Detection.Names;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>
/// The tokenizer's ASCII fast paths against <see cref="NameTokenizerReference"/> (the char-method version it
/// replaced): the same tokens, the same words from NextWord, the same capitalized words, on many generated texts.
/// </summary>
public sealed class NameTokenizerEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "Ruth", "ruth", "RUTH", "O'Brien", "O’Brien", "o'", "'o", "Kowalczyks'", "Kowalczyks’", "Ruth's", "Ruth’s", "RUTH'S",
        "Ss'", "s's", "'s", "’s", "Jean-Luc", "jean-", "-luc", "--", "a-b-c", "P.", "p.", "A", "A.", "x", "É.", "Hélène",
        "He\u0301le\u0300ne", "e\u0301", "\u0301a", "a\u0301\u0301b", "a\u20DDb", "Ǆemal", "ǅemal", "ǆ", "İz", "ΣΑΣ", "Σας", "ア",
        "漢字", "Ωmega", "ßtraße", "Straße", "Ärzte", "ÄRZTE", "1984", "٣", "߃", "x2y", "a_b", " ", "  ", "\t", "\n", "\r\n",
        ",", ".", "-", "'", "’", "‘", "\u0301", "\u00A0", "\"", "“", "—", "–", "(", ")", "/", "@", "#", "*", "`", "~", "\u00AD",
        "\uD835\uDC00", "\uD835\uDC1Ab", "\u0130", "\u0131x", "ǈ", "\u1E9E", "ﬁ", "Ⅻ", "ⓐ",
        new string('a', 39), new string('a', 40), new string('a', 41), new string('B', 41), "Ab" + new string('c', 38),
        "Ab" + new string('c', 39), new string('x', 38) + "'s", new string('x', 39) + "'s", new string('x', 40) + "'s",
        new string('y', 20) + "-" + new string('y', 20), "x-", "-y", "Mc", "Mac", "Dr", "Mrs.", "St.",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("a")]
    [InlineData("'")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("a'")]
    [InlineData("\u0301")]
    [InlineData("Walter P. Sims")]
    [InlineData("the Kowalczyks' visit and Ruth's chart")]
    [InlineData("Jean-Luc O'Brien-Smith")]
    [InlineData("combining e\u0301 and \u0301a mark at the start")]
    public void Fast_tokenizer_matches_the_reference(string text) => AssertSame(text);

    [Fact]
    public void Fast_tokenizer_matches_the_reference_on_generated_text()
    {
        var random = new Random(41);
        for (var n = 0; n < 30_000; n++)
        {
            AssertSame(Generate(random));
        }
    }

    [Fact]
    public void Fast_tokenizer_matches_the_reference_on_random_characters()
    {
        // Any UTF-16 code unit, weighted towards ASCII and Latin-1 where the fast paths lie.
        var random = new Random(43);
        for (var n = 0; n < 20_000; n++)
        {
            var length = random.Next(0, 30);
            var chars = new char[length];
            for (var k = 0; k < length; k++)
            {
                chars[k] = random.Next(4) switch
                {
                    0 => (char)random.Next(0, 128),
                    1 => (char)random.Next(128, 0x400),
                    2 => "aZ-'’s. \u0301"[random.Next(9)],
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            AssertSame(new string(chars));
        }
    }

    [Fact]
    public void HasUpper_is_true_exactly_when_a_character_is_upper_case()
    {
        var random = new Random(47);
        for (var n = 0; n < 20_000; n++)
        {
            var text = n % 2 == 0 ? Generate(random).ToLowerInvariant() : Generate(random);
            if (n % 3 == 0)
            {
                text += (char)random.Next(0, 0x10000);
            }

            Assert.Equal(text.Any(char.IsUpper), NameDetector.HasUpper(text));
        }

        for (var c = '\0'; c < '\uFFFF'; c++)
        {
            Assert.Equal(char.IsUpper(c), NameDetector.HasUpper("ab " + c + " cd"));
        }
    }

    private static string Generate(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 14);
        for (var k = 0; k < count; k++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    private static void AssertSame(string text)
    {
        var expected = NameTokenizerReference.Tokenize(text);
        var actual = NameTokenizer.Tokenize(text);
        Assert.Equal(expected, actual);

        var i = 0;
        var r = 0;
        while (true)
        {
            var more = NameTokenizer.NextWord(text, ref i, out var start, out var end, out var possessive);
            var moreReference = NameTokenizerReference.NextWord(text, ref r, out var startReference, out var endReference, out var possessiveReference);
            Assert.Equal((moreReference, startReference, endReference, possessiveReference, r), (more, start, end, possessive, i));
            if (!more)
            {
                break;
            }

            Assert.Equal(NameTokenizerReference.IsCapitalizedWord(text, start, end), NameTokenizer.IsCapitalizedWord(text, start, end));
        }
    }
}
