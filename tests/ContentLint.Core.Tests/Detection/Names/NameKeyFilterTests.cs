using ContentLint.Core.Detection.Names;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>
/// The Bloom filter in front of the titles: never rejects a word of its set, so look-ups answer as before. Checked on the
/// 20,000 given names as well, a set large enough to make collisions and a full filter likely.
/// </summary>
public sealed class NameKeyFilterTests
{
    private static readonly NameLexicon Lexicon = new(RuleCatalog.Default.Rules.Single(r => r.Id == "PHI001"));

    [Fact]
    public void Every_given_name_passes_in_any_ASCII_case()
    {
        var filter = new NameKeyFilter(Lexicon.GivenBirths.Keys, 1 << 17);
        foreach (var name in Lexicon.GivenBirths.Keys)
        {
            Assert.True(filter.MayContain(name));
            Assert.True(filter.MayContain(name.ToLowerInvariant()));
            Assert.True(filter.MayContain(name.ToUpperInvariant()));
        }
    }

    [Fact]
    public void No_word_of_the_set_is_rejected_among_names_and_random_words()
    {
        var random = new Random(73);
        var keys = Lexicon.GivenBirths.Keys.SelectMany(k => new[] { k, k.ToLowerInvariant(), k.ToUpperInvariant(), k + "x", k[..^1] }).ToList();
        const string letters = "abcdefghijklmnopqrstuvwxyzABCZ-'éſıKÅ";
        for (var n = 0; n < 200_000; n++)
        {
            var chars = new char[random.Next(1, 12)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(10) == 0 ? (char)random.Next(0, 0x10000) : letters[random.Next(letters.Length)];
            }

            keys.Add(new string(chars));
        }

        keys.AddRange(["sam", "ſam", "kim", "kım", "KIM", "İbrahim", "ibrahim", "", "a", "dr", "mr", "mrs", "nurse", "sister", "DR"]);
        var titles = Lexicon.Honorifics.Concat(Lexicon.ClinicianTitles).Concat(Lexicon.PublicTitles).ToHashSet(StringComparer.Ordinal);
        var titleFilter = new NameKeyFilter(titles, 1 << 12);
        var givenFilter = new NameKeyFilter(Lexicon.GivenBirths.Keys, 1 << 17);
        var rejected = 0;
        foreach (var key in keys)
        {
            Assert.True(!Lexicon.GivenBirths.ContainsKey(key) || givenFilter.MayContain(key));
            Assert.True(!titles.Contains(key) || titleFilter.MayContain(key));
            rejected += titleFilter.MayContain(key) ? 0 : 1;
        }

        Assert.True(rejected > keys.Count / 2, $"the title filter rejected only {rejected} of {keys.Count} words");
    }

    [Fact]
    public void Most_words_that_are_no_given_name_are_rejected()
    {
        var filter = new NameKeyFilter(Lexicon.GivenBirths.Keys, 1 << 17);
        var random = new Random(79);
        var rejected = 0;
        for (var n = 0; n < 10_000; n++)
        {
            var chars = new char[random.Next(3, 10)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = (char)('a' + random.Next(26));
            }

            rejected += filter.MayContain(new string(chars)) ? 0 : 1;
        }

        Assert.True(rejected > 7_000, $"only {rejected} of 10000 random words rejected");
    }

    [Fact]
    public void A_set_with_a_word_outside_ASCII_lets_every_word_pass()
    {
        var filter = new NameKeyFilter(["ruth", "ſam"], 64);
        Assert.True(filter.MayContain("sam"));
        Assert.True(filter.MayContain("anything"));
        var ascii = new NameKeyFilter(["ruth"], 64);
        Assert.True(ascii.MayContain("RUTH"));
        Assert.True(ascii.MayContain("rüth")); // non-ASCII keys always pass
    }
}
