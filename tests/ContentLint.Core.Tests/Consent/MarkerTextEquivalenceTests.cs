using ContentLint.Core.Consent;

namespace ContentLint.Core.Tests.Consent;

/// <summary>The span normalization of markers and link targets gives what Trim, ToLowerInvariant, Split and Join gave.</summary>
public sealed class MarkerTextEquivalenceTests
{
    // Separators, the dot, ASCII white space that Trim removes but Split keeps, letters of both cases, and a few
    // non-ASCII characters (white space, a letter with a case) that must take the string path.
    private const string Alphabet = " _-/.\t\n\r\v\faZzA09é\u00A0\u2003K";

    [Fact]
    public void Normalize_matches_the_string_version_on_random_text()
    {
        var random = new Random(1234);
        for (var i = 0; i < 20000; i++)
        {
            var text = Pick(random, random.Next(0, random.Next(2) == 0 ? 12 : 300));
            Assert.Equal(ConsentRequirement.NormalizeAnyText(text), ConsentRequirement.Normalize(text));
        }
    }

    [Fact]
    public void Dot_as_space_matches_the_string_version_of_the_text_with_dots_replaced()
    {
        var random = new Random(5678);
        Span<char> buffer = stackalloc char[MarkerText.MaxStackLength];
        for (var i = 0; i < 20000; i++)
        {
            var text = Pick(random, random.Next(0, 40));
            if (MarkerText.TryNormalizeAscii(text, dotIsSpace: true, buffer, out var length))
            {
                Assert.Equal(ConsentRequirement.NormalizeAnyText(text.Replace('.', ' ')), buffer[..length].ToString());
            }
            else
            {
                Assert.Contains(text, c => c > '\u007F');
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Patient Stories")]
    [InlineData("patient_story")]
    [InlineData("--patient--story--")]
    [InlineData(".\tx")]
    [InlineData("\t.x.")]
    [InlineData("a\t b")]
    [InlineData("https://example.org/Privacy-Policy.html")]
    public void Edge_cases_match_the_string_version(string text)
    {
        Assert.Equal(ConsentRequirement.NormalizeAnyText(text), ConsentRequirement.Normalize(text));
        Span<char> buffer = stackalloc char[MarkerText.MaxStackLength];
        Assert.True(MarkerText.TryNormalizeAscii(text, dotIsSpace: true, buffer, out var length));
        Assert.Equal(ConsentRequirement.NormalizeAnyText(text.Replace('.', ' ')), buffer[..length].ToString());
    }

    private static string Pick(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
