using System.Text;
using ContentLint.Core.Detection.Names;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>
/// The detector's tokenizer pass folds only the keys of capitalized words, and the finder folds the other words it
/// looks up when it needs them: the finder must find exactly what it finds when every token has its key.
/// </summary>
public sealed class NameLazyKeyTests
{
    private static readonly string[] Pieces =
    [
        "Ruth", "Abernathy", "ruth", "RUTH", "Walter", "P.", "Sims", "R.", "Castillo", "Mr.", "Mrs", "Dr.", "Dr", "Nurse",
        "Sister", "Elizabeth", "Kenny", "wife", "son", "patient", "Patient:", "dear", "says", "said", "age", "told", "from",
        "in", "near", "and", "or", "&", "Willow", "Bend", "Harlan", "Mills", "Cedar", "Hollow", "Hawkins", "test",
        "syndrome", "Tommy", "John", "surgery", "Georgia", "May", "Grace", "Parkinson", "Summit", "Tom", "Reinholt",
        "Kowalczyk", "Kowalczyks'", "Ruth's", "Hélène", "JOAQUIN", "Joaquín", "O'Brien", "Jean-Luc", "Doe", "Smith",
        "Lincoln", "Abraham", "in 1845", "1920s", "92", "Clinic", "Health", "Street", "the", "visit", "we", "ALS", "x",
        "Lena", "Hank", "Dufresne", "Priyanka", "Luis", "Mike", "T.", "Sarah", "K.", "Anna", "Ben", "Carl", "Jensen",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", "  ", ", ", ". ", "\n", "\n\n", " - ", "— ", ": ", " \"", "\" ", "'s ", "; ", "!", "(", ") "];

    [Fact]
    public void Lazy_keys_find_the_same_names_as_full_keys_on_random_text()
    {
        var finder = new NameSpanFinder(new NameLexicon(RuleCatalog.Default.Rules.Single(r => r.Id == "PHI001")));
        var random = new Random(23);
        var lazy = new List<NameToken>();
        var cache = new NameKeyCache();
        var found = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 16);
            for (var k = 0; k < count; k++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]).Append(Gaps[random.Next(Gaps.Length)]);
            }

            var text = builder.ToString();
            var expected = finder.Find(text, NameTokenizer.Tokenize(text));
            NameTokenizer.Tokenize(text, lazy, cache);
            var actual = finder.FindOrNull(text, lazy, cache) ?? [];
            Assert.Equal(Describe(expected), Describe(actual));
            found += expected.Count;
        }

        Assert.True(found > 1000, $"only {found} names: the pieces no longer make names");
    }

    [Fact]
    public void Lazy_keys_are_folded_for_capitalized_words_only()
    {
        const string text = "we met his wife Ruth Abernathy in the clinic and she says hello to ALS patients";
        var full = NameTokenizer.Tokenize(text);
        var lazy = new List<NameToken>();
        NameTokenizer.Tokenize(text, lazy, new NameKeyCache());
        Assert.Equal(full.Count, lazy.Count);
        for (var k = 0; k < full.Count; k++)
        {
            Assert.Equal(full[k].IsCapitalized ? full[k].Key : NameTokenizer.NotFolded, lazy[k].Key);
            Assert.Equal(full[k] with { Key = string.Empty }, lazy[k] with { Key = string.Empty });
        }
    }

    private static string Describe(List<NameMatch> matches) =>
        string.Join(" | ", matches.Select(m => $"{m.Start}-{m.End} {m.Confidence} {string.Join(' ', m.Keys)}"));

    [Fact]
    public void The_finder_folds_the_words_it_looks_at_next_to_a_name()
    {
        const string text = "we met his wife Ruth Abernathy in the clinic and she says hello";
        var finder = new NameSpanFinder(new NameLexicon(RuleCatalog.Default.Rules.Single(r => r.Id == "PHI001")));
        var lazy = new List<NameToken>();
        NameTokenizer.Tokenize(text, lazy, new NameKeyCache());
        Assert.Single(finder.FindOrNull(text, lazy, new NameKeyCache())!);
        var keys = lazy.Select(t => t.Key).ToList();
        Assert.Equal(["his", "wife", "ruth", "abernathy", "in"], keys.Where(k => !ReferenceEquals(k, NameTokenizer.NotFolded)));
    }
}
