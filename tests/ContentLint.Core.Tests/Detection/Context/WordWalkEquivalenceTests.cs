using ContentLint.Core.Detection.Context;
using ContentLint.Core.Detection.Photos;

namespace ContentLint.Core.Tests.Detection.Context;

/// <summary>The word walk and its callers give what the list-building versions they replaced gave.</summary>
public sealed class WordWalkEquivalenceTests
{
    private static readonly string[] Titles = ["Dr.", "Dr", "Nurse", "Mr.", "Prof."];

    private static readonly string[] Pieces =
    [
        "knee", "replacement", "knee replacement", "surgeries", "surgery", "x-ray", "X-ray", "crohn's", "Crohn\u2019s", "patient's",
        "he", "She", "HIS", "I'm", "I\u2019ve", "her", "whose", "you", "we", "Dr.", "Dr", "Nurse", "Mike's", "Mike\u2019s", "Anna",
        "Whitfield", "with", "'", "\u2019", "-", "--", ".", ":", "'s", "Ab", "aB", "ÉLodie", "Émile", "\u0663", "2026", "1st", "ᴬb",
        "type 2 diabetes", "diabetes", "physical", "therapy", "physical therapy", "CT scans", "ct", "scan", "urgent", "care", "side effects",
        "emergency rooms", "intensive\u2019s", "speech therapies", "Physical  therapy", "side", "effect", "effects", "es", "s", "ies", "chemo", "Rx", new string('a', 70), "knee-replacement", "smile", "before", "after",
    ];

    [Theory]
    [InlineData(1, 8)]
    [InlineData(2, 20)]
    public void Random_windows_give_the_same_words(int seed, int maxTokens)
    {
        var random = new Random(seed);
        var withHealth = 0;
        var withPronoun = 0;
        var withName = 0;
        foreach (var text in ScannerInputs.Random(seed, 10_000, maxTokens, Pieces))
        {
            var from = random.Next(text.Length + 1);
            var to = random.Next(from, text.Length + 1);
            var escaped = ScannerInputs.Escape(text) + $" [{from}, {to})";
            var walked = new List<(int, int)>();
            foreach (var word in HealthWordForms.Words(text, from, to))
            {
                walked.Add(word);
            }

            Assert.True(LegacyWordForms.Words(text, from, to).SequenceEqual(walked), "words differ for: " + escaped);
            Assert.True(LegacyWordForms.Words(text, 0, text.Length).Count == CountWords(text), "word count differs for: " + escaped);

            var window = random.Next(-2, 40);
            var health = LegacyWordForms.HasHealthContext(text, from, to, window);
            Assert.True(health == HealthVocabulary.HasHealthContext(text, from, to, window), "health context differs for: " + escaped);
            withHealth += health ? 1 : 0;

            var pronoun = LegacyWordForms.HasPronoun(text, from, to);
            Assert.True(pronoun == PersonWords.HasPronoun(text, from, to), "pronoun differs for: " + escaped);
            withPronoun += pronoun ? 1 : 0;

            var prefix = text[..to];
            var name = LegacyWordForms.NameLike(prefix, Titles);
            Assert.True(name == NameLike.Find(text, to, Titles), "name-like differs for: " + escaped);
            withName += name ? 1 : 0;
        }

        Assert.True(withHealth > 50 && withPronoun > 50 && withName > 50, $"too few positives: {withHealth}, {withPronoun}, {withName}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("knee replacement")]
    [InlineData("he said his knee-replacement went well")]
    [InlineData("with Dr. Whitfield")]
    public void Edge_texts_give_the_same_words(string text)
    {
        for (var from = 0; from <= text.Length; from++)
        {
            for (var to = from; to <= text.Length; to++)
            {
                var walked = new List<(int, int)>();
                foreach (var word in HealthWordForms.Words(text, from, to))
                {
                    walked.Add(word);
                }

                Assert.Equal(LegacyWordForms.Words(text, from, to), walked);
                Assert.Equal(LegacyWordForms.HasHealthContext(text, from, to, 0), HealthVocabulary.HasHealthContext(text, from, to, 0));
                Assert.Equal(LegacyWordForms.HasPronoun(text, from, to), PersonWords.HasPronoun(text, from, to));
                Assert.Equal(LegacyWordForms.NameLike(text[..to], Titles), NameLike.Find(text, to, Titles));
            }
        }
    }

    private static int CountWords(string text)
    {
        var count = 0;
        foreach (var word in HealthWordForms.Words(text, 0, text.Length))
        {
            _ = word;
            count++;
        }

        return count;
    }
}
