using System.Text;
using ContentLint.Core.Detection.Names;

namespace ContentLint.Core.Tests.Detection.Names;

public sealed class NameKeyCacheTests
{
    private const string Alphabet = "abcxyzABCXYZ'-0 éÉßñÑøİıǅΣσﬁ\u0301\u00A0ア";

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("JOAQUIN")]
    [InlineData("Joaquín")]
    [InlineData("O'Brien")]
    [InlineData("İstanbul")]
    [InlineData("Straße")]
    [InlineData("Ǆemal")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Fold_gives_the_same_key_as_NameText(string word) =>
        Assert.Equal(NameText.Fold(word), new NameKeyCache().Fold(word));

    [Fact]
    public void Fold_gives_the_same_key_as_NameText_for_random_words()
    {
        var random = new Random(9);
        var cache = new NameKeyCache();
        for (var n = 0; n < 20_000; n++)
        {
            var word = RandomWord(random, random.Next(0, 70));
            Assert.Equal(NameText.Fold(word), cache.Fold(word));
        }
    }

    [Fact]
    public void Fold_gives_the_same_key_as_NameText_for_short_ascii_words_seen_again_in_any_case()
    {
        // Few letters, so most words come back (in other cases): the look-up compares ignoring ASCII case.
        const string ascii = "abAB'-0 z@[`{";
        var random = new Random(11);
        var cache = new NameKeyCache();
        for (var n = 0; n < 50_000; n++)
        {
            var chars = new char[random.Next(0, 7)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = ascii[random.Next(ascii.Length)];
            }

            var word = new string(chars);
            Assert.Equal(NameText.Fold(word), cache.Fold(word));
        }
    }

    [Fact]
    public void Words_whose_hashes_collide_keep_their_own_keys()
    {
        // Two words of one length with the same FNV-1a hash (the cache's): only the comparison tells them apart.
        var seen = new Dictionary<uint, string>();
        (string, string)? pair = null;
        for (var n = 0; pair is null; n++)
        {
            var word = "w" + n.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            var hash = 2166136261u;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 16777619u;
            }

            if (seen.TryGetValue(hash, out var other))
            {
                pair = (other, word);
            }

            seen[hash] = word;
        }

        var (first, second) = pair.Value;
        var cache = new NameKeyCache();
        Assert.Equal(first, cache.Fold(first.ToUpperInvariant()));
        Assert.Equal(second, cache.Fold(second.ToUpperInvariant()));
        Assert.Equal(first, cache.Fold(first));
    }

    [Fact]
    public void A_key_seen_before_is_the_same_instance()
    {
        var cache = new NameKeyCache();
        var first = cache.Fold("Kowalczyk");
        Assert.Same(first, cache.Fold("KOWALCZYK"));
        Assert.Same(first, cache.Fold("kowalczyk".AsSpan()));
    }

    [Fact]
    public void Keys_stay_right_after_the_cache_fills_and_starts_afresh()
    {
        var cache = new NameKeyCache();
        for (var n = 0; n < 200_000; n++)
        {
            var word = "W" + n.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "Q";
            Assert.Equal(word.ToLowerInvariant(), cache.Fold(word));
        }

        Assert.Equal("ruth", cache.Fold("Ruth"));
        Assert.Same(cache.Fold("Ruth"), cache.Fold("RUTH"));
    }

    [Fact]
    public void Each_thread_has_its_own_cache()
    {
        var mine = NameKeyCache.ForCurrentThread();
        Assert.Same(mine, NameKeyCache.ForCurrentThread());
        NameKeyCache? other = null;
        var thread = new Thread(() => other = NameKeyCache.ForCurrentThread());
        thread.Start();
        thread.Join();
        Assert.NotNull(other);
        Assert.NotSame(mine, other);
    }

    private static string RandomWord(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            // Mostly ASCII letters, like real text; sometimes anything from the alphabet above.
            builder.Append(random.Next(4) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)(random.Next(2) == 0 ? 'a' + random.Next(26) : 'A' + random.Next(26)));
        }

        return builder.ToString();
    }
}
