using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Model;

/// <summary>The line index counts CRLF, LF and a lone CR once each, exactly as the per-character loop it replaced.</summary>
public sealed class LineIndexTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n\r")]
    [InlineData("a\r\r\nb\n\nc\r")]
    [InlineData("no breaks at all")]
    [InlineData("\r\n\r\n\r")]
    public void Positions_match_the_reference_on_edge_cases(string text) => AssertSameAsReference(text);

    [Fact]
    public void Positions_match_the_reference_on_random_texts()
    {
        var random = new Random(1234);
        var alphabet = "aé\r\n 😀";
        for (var round = 0; round < 500; round++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            AssertSameAsReference(new string(chars));
        }
    }

    private static void AssertSameAsReference(string text)
    {
        var index = new LineIndex(text);
        var starts = ReferenceLineStarts(text);
        for (var offset = -1; offset <= text.Length + 1; offset++)
        {
            var clamped = Math.Clamp(offset, 0, text.Length);
            var line = starts.FindLastIndex(start => start <= clamped);
            Assert.Equal((line + 1, clamped - starts[line] + 1), index.GetPosition(offset));
        }
    }

    /// <summary>The original implementation, kept as the oracle.</summary>
    private static List<int> ReferenceLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
