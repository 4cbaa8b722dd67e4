using System.Text;
using ContentLint.Core.Detection.Names;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>
/// The window tokenizer (capitalized words and their neighbours only, lower-case stretches skipped) against the full
/// tokenizer: exactly the full token list less the tokens no finder step can reach, and the same names found.
/// </summary>
public sealed class NameWindowTokenizerTests
{
    private static readonly NameSpanFinder Finder = new(new NameLexicon(RuleCatalog.Default.Rules.Single(r => r.Id == "PHI001")));

    private static readonly string[] Words =
    [
        "Ruth", "Abernathy", "ruth", "RUTH", "Walter", "P.", "Sims", "R.", "Castillo", "Mr.", "Mrs", "Dr.", "Dr", "Nurse",
        "Sister", "Elizabeth", "Kenny", "wife", "son", "patient", "Patient:", "dear", "says", "said", "age", "told", "from",
        "in", "near", "and", "or", "&", "Willow", "Bend", "Harlan", "Mills", "Cedar", "Hollow", "Hawkins", "test",
        "syndrome", "Tommy", "John", "surgery", "Georgia", "May", "Grace", "Parkinson", "Summit", "Tom", "Reinholt",
        "Kowalczyk", "Kowalczyks'", "Kowalczyks’", "Ruth's", "Ruth’s", "RUTH'S", "Hélène", "He\u0301le\u0300ne", "HÉLÈNE",
        "JOAQUIN", "Joaquín", "O'Brien", "O’Brien", "o'brien", "Jean-Luc", "jean-luc", "Doe", "Smith", "Lincoln",
        "Abraham", "in 1845", "1920s", "92", "Clinic", "Health", "Street", "the", "visit", "we", "ALS", "x", "a", "A",
        "Lena", "Hank", "Dufresne", "Priyanka", "Luis", "Mike", "T.", "Sarah", "K.", "Anna", "Ben", "Carl", "Jensen",
        "iPhone", "x-Ray", "ab--Cd", "e\u0301", "\u0301a", "ǅemal", "ΣΑΣ", "Σας", "ア", "漢字", "Ωmega", "straße", "ärzte",
        "٣", "x2y", "a_b", "--", "'", "’", "ﬁ", "\uD835\uDC00", "\u00AD", new string('a', 40), new string('a', 41),
        "Ab" + new string('c', 39), new string('x', 39) + "'s", "a-" + new string('b', 38), new string('q', 20) + "-" + new string('q', 20),
        "one", "two", "three", "with", "of", "to", "is", "was", "very", "long", "lower", "case", "words", "here",
    ];

    private static readonly string[] Gaps =
        [" ", " ", " ", " ", "  ", ", ", ". ", "\n", "\n\n", "\r\n", " - ", "— ", ": ", " \"", "\" ", "'s ", "; ", "!", "(", ") ", "-", "'", "’", "\u00A0", "\t", "", "3", " 42 ", "/", "“"];

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("A")]
    [InlineData("Ruth")]
    [InlineData("we met his wife Ruth Abernathy in the clinic and she says hello")]
    [InlineData("one two three four five six Ruth")]
    [InlineData("one two three four five six seven")]
    [InlineData("iPhone and x-Ray and ab--Cd")]
    [InlineData("serving Cedar Hollow, Willow Bend, Eastbrook and Harlan Mills")]
    [InlineData("a-b-c d'e f--g h'' Ruth")]
    [InlineData("lower case café then Ruth")]
    public void Window_tokens_are_the_full_tokens_near_capitalized_words(string text) => AssertSame(text);

    [Fact]
    public void Window_tokens_are_the_full_tokens_near_capitalized_words_on_generated_text()
    {
        var random = new Random(53);
        for (var n = 0; n < 40_000; n++)
        {
            var text = Generate(random);
            AssertSame(n % 5 == 0 ? text.ToLowerInvariant() : n % 11 == 0 ? text.ToUpperInvariant() : text);
        }
    }

    [Fact]
    public void Window_tokens_are_the_full_tokens_near_capitalized_words_on_random_characters()
    {
        // Any UTF-16 code unit, weighted towards the word characters and separators the backward scan looks at.
        var random = new Random(59);
        for (var n = 0; n < 40_000; n++)
        {
            var length = random.Next(0, 60);
            var chars = new char[length];
            for (var k = 0; k < length; k++)
            {
                chars[k] = random.Next(6) switch
                {
                    0 => (char)random.Next(0, 128),
                    1 => (char)random.Next(128, 0x400),
                    2 => "aZ-'’s. \u0301\n"[random.Next(10)],
                    3 => "abcdefghij -'"[random.Next(13)],
                    4 => "ABC. "[random.Next(5)],
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            AssertSame(new string(chars));
        }
    }

    [Fact]
    public void The_finder_finds_the_same_names_in_window_tokens_as_in_full_tokens()
    {
        var random = new Random(61);
        var window = new List<NameToken>();
        var cache = new NameKeyCache();
        var found = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = Generate(random);
            var expected = Finder.Find(text, NameTokenizer.Tokenize(text));
            NameWindowTokenizer.Tokenize(text, window, cache);
            var actual = Finder.FindOrNull(text, window, cache) ?? [];
            Assert.Equal(Describe(expected), Describe(actual));
            found += expected.Count;
        }

        Assert.True(found > 3000, $"only {found} names: the words no longer make names");
    }

    [Fact]
    public void Long_lower_case_stretches_become_no_tokens()
    {
        var text = string.Concat(Enumerable.Repeat("the quick brown fox jumps over the lazy dog ", 50)) + "said Ruth Abernathy today and left";
        var window = new List<NameToken>();
        NameWindowTokenizer.Tokenize(text, window, new NameKeyCache());
        Assert.Equal(5, window.Count); // "dog" and "said" before the name, the name's two words, "today" after
    }

    private static string Generate(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 24);
        for (var k = 0; k < count; k++)
        {
            builder.Append(Words[random.Next(Words.Length)]).Append(Gaps[random.Next(Gaps.Length)]);
        }

        return builder.ToString();
    }

    private static string Describe(List<NameMatch> matches) =>
        string.Join(" | ", matches.Select(m => $"{m.Start}-{m.End} {m.Confidence} {string.Join(' ', m.Keys)}"));

    private static void AssertSame(string text)
    {
        var full = new List<NameToken>();
        NameTokenizer.Tokenize(text, full, new NameKeyCache());
        var expected = new List<NameToken>();
        for (var k = 0; k < full.Count; k++)
        {
            bool IsCapitalized(int index) => index >= 0 && index < full.Count && full[index].IsCapitalized;
            if (IsCapitalized(k) || IsCapitalized(k - 1) || IsCapitalized(k + 1) || IsCapitalized(k + 2))
            {
                expected.Add(full[k]);
            }
        }

        var window = new List<NameToken>();
        NameWindowTokenizer.Tokenize(text, window, new NameKeyCache());
        Assert.Equal(expected.Count, window.Count);
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k] with { Key = string.Empty }, window[k] with { Key = string.Empty });
            Assert.Equal(expected[k].Key, window[k].Key);
        }
    }
}
