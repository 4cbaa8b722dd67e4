using System.Text;
using ContentLint.Core.Detection.Identifiers;

namespace ContentLint.Core.Tests.Detection.Identifiers;

/// <summary><see cref="KeyedValueFinder.SplitWords"/> with its shortcut for plain keys gives what it gave before.</summary>
public sealed class KeySplitEquivalenceTests
{
    private static readonly string[] Pieces = ["alt", "title", "mrn", "data", "-", "_", "patient", "Id", "ID", "Ssn", "SSN", "x", "1", "42", " ", ".", "é", "Ж", "ſ", "K", "a"];

    [Theory]
    [InlineData("")]
    [InlineData("alt")]
    [InlineData("data-patient-id")]
    [InlineData("subscriberSsn")]
    [InlineData("member_ID")]
    [InlineData("mrn2")]
    public void Edge_keys_split_as_before(string key) =>
        Assert.Equal(Legacy(key), KeyedValueFinder.SplitWords(key));

    [Fact]
    public void Random_keys_split_as_before()
    {
        var random = new Random(7);
        for (var n = 0; n < 20_000; n++)
        {
            var key = new StringBuilder();
            for (var t = random.Next(0, 6); t > 0; t--)
            {
                key.Append(Pieces[random.Next(Pieces.Length)]);
            }

            Assert.Equal(Legacy(key.ToString()), KeyedValueFinder.SplitWords(key.ToString()));
        }
    }

    /// <summary>The former splitting, without the shortcut.</summary>
    private static string Legacy(string key)
    {
        var words = new StringBuilder(key.Length + 4);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (words.Length > 0 && words[^1] != ' ')
                {
                    words.Append(' ');
                }

                continue;
            }

            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(key[i - 1]) || (i + 1 < key.Length && char.IsLower(key[i + 1]) && char.IsUpper(key[i - 1])));
            if (startsWord && words.Length > 0 && words[^1] != ' ')
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString().Trim();
    }
}
