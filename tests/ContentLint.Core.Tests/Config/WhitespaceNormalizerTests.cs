using ContentLint.Core.Config;

namespace ContentLint.Core.Tests.Config;

/// <summary>Text that is normalized already comes back as it is; everything else is collapsed as before.</summary>
public sealed class WhitespaceNormalizerTests
{
    // Spaces, other ASCII and Unicode white space (no-break space, line separator, em space), and non-space characters.
    private const string Alphabet = "  \t\n\r\u00A0\u2028\u2003ab9é";

    [Fact]
    public void Normalize_gives_what_collapsing_gives_on_random_text()
    {
        var random = new Random(99);
        for (var i = 0; i < 50000; i++)
        {
            var chars = new char[random.Next(0, 12)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            Assert.Equal(WhitespaceNormalizer.Collapse(text), WhitespaceNormalizer.Normalize(text));
            Assert.Equal(WhitespaceNormalizer.Collapse(text) == text, WhitespaceNormalizer.IsNormalized(text));
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData(" ", "")]
    [InlineData("Jane Doe", "Jane Doe")]
    [InlineData("Jane  Doe", "Jane Doe")]
    [InlineData(" Jane Doe", "Jane Doe")]
    [InlineData("Jane Doe ", "Jane Doe")]
    [InlineData("Jane\nDoe", "Jane Doe")]
    [InlineData("Jane\u00A0Doe", "Jane Doe")]
    public void Normalize_trims_and_collapses(string text, string expected) =>
        Assert.Equal(expected, WhitespaceNormalizer.Normalize(text));
}
