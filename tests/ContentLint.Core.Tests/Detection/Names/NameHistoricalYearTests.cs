using System.Text;
using ContentLint.Core.Detection.Names;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>HasHistoricalYear with its digit prefilter against <see cref="HistoricalYearReference"/> (every position checked).</summary>
public sealed class NameHistoricalYearTests
{
    private static readonly string[] Pieces =
    [
        "1845", "1929", "1930", "999", "1000", "0999", "2024", "1776s", "1920s", "12345", "١٨٤٥", "１８４５", "18\u00004", "1845\0",
        "in ", "since ", "by ", "until ", "circa ", "of ", "IN ", "Since ", "inn ", "Ruth", "Abernathy", "lived", "born",
        " ", " ", " ", "  ", ". ", ".", "! ", "?", ", ", "\n", "/", "-", "'", "s", "a", "x1845", "1845x", "-1845", "/1845",
        "+1845", " 1845", "é", "\u0301", "’",
    ];

    [Fact]
    public void Prefiltered_search_answers_as_the_reference_on_generated_text()
    {
        var random = new Random(67);
        var yes = 0;
        for (var n = 0; n < 60_000; n++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 30);
            for (var k = 0; k < count; k++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = builder.ToString();
            if (text.Length == 0)
            {
                continue;
            }

            var start = random.Next(text.Length);
            var end = Math.Min(text.Length, start + random.Next(1, 20));
            var expected = HistoricalYearReference.HasHistoricalYear(text, start, end);
            Assert.Equal(expected, NameCues.HasHistoricalYear(text, start, end));
            yes += expected ? 1 : 0;
        }

        Assert.True(yes > 2000, $"only {yes} historical years: the pieces no longer make them");
    }

    [Fact]
    public void Prefiltered_search_answers_as_the_reference_on_random_characters()
    {
        var random = new Random(71);
        for (var n = 0; n < 40_000; n++)
        {
            var chars = new char[random.Next(1, 400)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(5) switch
                {
                    0 => (char)random.Next(0, 128),
                    1 => "0123456789"[random.Next(10)],
                    2 => "18 .!?s/-\n"[random.Next(10)],
                    3 => "in since"[random.Next(8)],
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            var text = new string(chars);
            var start = random.Next(text.Length);
            var end = Math.Min(text.Length, start + random.Next(1, 20));
            Assert.Equal(HistoricalYearReference.HasHistoricalYear(text, start, end), NameCues.HasHistoricalYear(text, start, end));
        }
    }

    [Theory]
    [InlineData("Ruth Abernathy was born in 1845.", true)]
    [InlineData("1845 Ruth", false)]
    [InlineData("in 1845", true)]
    [InlineData("in 1930", false)]
    [InlineData("the 1920s and Ruth", true)]
    [InlineData("Ruth, 1845", false)]
    [InlineData("x", false)]
    public void Years_at_the_edges_of_the_text(string text, bool expected)
    {
        Assert.Equal(expected, NameCues.HasHistoricalYear(text, 0, Math.Min(4, text.Length)));
        Assert.Equal(HistoricalYearReference.HasHistoricalYear(text, 0, Math.Min(4, text.Length)), NameCues.HasHistoricalYear(text, 0, Math.Min(4, text.Length)));
    }
}
