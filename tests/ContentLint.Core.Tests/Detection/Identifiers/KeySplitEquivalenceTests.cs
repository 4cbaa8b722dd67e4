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
        Assert.Equal(KeyedValueFinder.SplitAnyKey(key), KeyedValueFinder.SplitWords(key));

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

            Assert.Equal(KeyedValueFinder.SplitAnyKey(key.ToString()), KeyedValueFinder.SplitWords(key.ToString()));
        }
    }
}
