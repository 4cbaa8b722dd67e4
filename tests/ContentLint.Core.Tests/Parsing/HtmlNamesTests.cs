using ContentLint.Core.Parsing;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>The shared lower-case names are exactly what lower-casing each name invariantly gave.</summary>
public sealed class HtmlNamesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("IMG")]
    [InlineData("Href")]
    [InlineData("aria-LABEL")]
    [InlineData("data-Patient")]
    [InlineData("\u212Alass")] // Kelvin sign: lower-cases to 'k' but is not the ASCII name "klass"
    [InlineData("\u0130d")] // dotted capital I
    [InlineData("ſrc")] // long s: upper-cases to 'S' but is not "src"
    [InlineData("ÄLT")]
    [InlineData("h1")]
    [InlineData("H7")]
    public void Lower_is_ToLowerInvariant(string name) => Assert.Equal(name.ToLowerInvariant(), HtmlNames.Lower(name));

    [Fact]
    public void Lower_is_ToLowerInvariant_on_random_names()
    {
        var random = new Random(7);
        var alphabet = "aAhHrRfFeEsScCiIlLtT-1\u212A\u0130ſéÉ";
        for (var round = 0; round < 2_000; round++)
        {
            var chars = new char[random.Next(0, 8)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var name = new string(chars);
            Assert.Equal(name.ToLowerInvariant(), HtmlNames.Lower(name));
        }
    }
}
