using System.Text;
using ContentLint.Core.Detection.Names;

namespace ContentLint.Core.Tests.Detection.Names;

public sealed class NameTokenizerTests
{
    private static readonly string[] Pieces =
    [
        "Ruth", "ruth", "RUTH", "O'Brien", "Kowalczyks'", "Ruth's", "Ruth’s", "Jean-Luc", "P.", "p.", "A", "x", "Hélène",
        "He\u0301le\u0300ne", "Ǆemal", "İz", "ΣΑΣ", "Σας", "ア", "1984", "٣", " ", "  ", "\n", "\r\n", ",", ".", "-", "'", "’",
        "\u0301", "\u00A0", "\"", "—", new string('a', 40), new string('B', 41), "Ab" + new string('c', 39), "x-", "-y", "'s",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("Walter P. Sims")]
    [InlineData("the Kowalczyks' visit and Ruth's chart")]
    [InlineData("Jean-Luc O'Brien-Smith")]
    [InlineData("combining e\u0301 and \u0301a mark at the start")]
    public void NextWord_walks_the_same_words_as_Tokenize(string text) => AssertSameWords(text);

    [Fact]
    public void NextWord_walks_the_same_words_as_Tokenize_on_random_text()
    {
        var random = new Random(17);
        for (var n = 0; n < 5_000; n++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 12);
            for (var k = 0; k < count; k++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertSameWords(builder.ToString());
        }
    }

    [Fact]
    public void No_character_below_U0300_is_a_combining_mark()
    {
        // The tokenizer skips the category look-up below U+0300.
        for (var c = '\0'; c < '\u0300'; c++)
        {
            Assert.NotEqual(System.Globalization.UnicodeCategory.NonSpacingMark, char.GetUnicodeCategory(c));
        }
    }

    private static void AssertSameWords(string text)
    {
        var tokens = NameTokenizer.Tokenize(text);
        var i = 0;
        foreach (var token in tokens)
        {
            Assert.True(NameTokenizer.NextWord(text, ref i, out var start, out var end, out var possessive));
            Assert.Equal((token.Start, token.End, token.IsPossessive), (start, end, possessive));
            Assert.Equal(token.IsCapitalized && !token.IsInitial, NameTokenizer.IsCapitalizedWord(text, start, end));
        }

        Assert.False(NameTokenizer.NextWord(text, ref i, out _, out _, out _));
    }
}
