using System.Text;

namespace ContentLint.Core.Tests.Detection;

/// <summary>
/// Random texts built from the pieces a scanner's patterns are made of (digits, separators, words) mixed with what
/// they must not take (other scripts' digits and letters, combining marks, line breaks), for tests that compare a
/// scanner with the regex version it replaced. Seeded, so a failure repeats.
/// </summary>
internal static class ScannerInputs
{
    private static readonly string[] Common =
    [
        " ", " ", " ", "  ", ",", ".", ";", ":", "!", "?", "(", ")", "-", "/", "\n", "\r\n", "\t", "_", "'", "\"", "#", "$", "%",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "00", "12", "19", "20", "31", "32", "99", "100", "125", "126",
        "2026", "1999", "1850", "123456", "a", "A", "é", "Ж", "\u0663", "\u0967", "\uFF13", "\u0301", "\u200D", "\u00A0",
        "\U0001F600", "x", "the", "The", "of", "and", "or", "to",
    ];

    /// <summary>Texts of up to <paramref name="maxTokens"/> pieces from <paramref name="specific"/> and the common pieces.</summary>
    public static IEnumerable<string> Random(int seed, int count, int maxTokens, string[] specific)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            var tokens = random.Next(0, maxTokens + 1);
            for (var t = 0; t < tokens; t++)
            {
                text.Append(random.Next(3) == 0 ? Common[random.Next(Common.Length)] : specific[random.Next(specific.Length)]);
            }

            yield return text.ToString();
        }
    }

    /// <summary>
    /// Asserts that <paramref name="actual"/> finds what <paramref name="expected"/> finds on 20,000 random texts, and
    /// that enough of them hold findings for the comparison to mean something.
    /// </summary>
    public static void AssertSameOnRandomTexts<T>(int seed, int maxTokens, string[] specific, Func<string, List<T>> expected, Func<string, List<T>> actual)
    {
        var withFindings = 0;
        foreach (var text in Random(seed, 20_000, maxTokens, specific))
        {
            var found = expected(text);
            Assert.True(found.SequenceEqual(actual(text)), "differs for: " + Escape(text));
            withFindings += found.Count > 0 ? 1 : 0;
        }

        Assert.True(withFindings > 200, "too few texts with findings to compare: " + withFindings);
    }

    /// <summary>One of <paramref name="pieces"/>, at random.</summary>
    public static string Pick(Random random, string[] pieces) => pieces[random.Next(pieces.Length)];

    /// <summary>
    /// Makes near misses of generated text: <paramref name="edits"/> times (none when not positive), one character is
    /// dropped, doubled or replaced by one of <paramref name="glue"/>.
    /// </summary>
    public static void ApplyRandomEdits(Random random, StringBuilder text, int edits, string[] glue)
    {
        for (var edit = edits; edit > 0 && text.Length > 0; edit--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0:
                    text.Remove(at, 1);
                    break;
                case 1:
                    text.Insert(at, text[at]);
                    break;
                default:
                    text.Remove(at, 1).Insert(at, Pick(random, glue));
                    break;
            }
        }
    }

    /// <summary>The text with every character outside printable ASCII written as <c>\uXXXX</c>, for failure messages.</summary>
    public static string Escape(string text) => string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
