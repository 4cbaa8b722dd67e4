using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Core.Detection;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection;

/// <summary>
/// PhraseSet replaced NonBacktracking alternation regexes (CueWords, LabelMatcher) for speed: these
/// tests hold it to the regexes' exact matches on every word list of the catalog, over the rule examples and over
/// generated text full of near misses (case, separators, glued letters, the Kelvin sign, slices).
/// </summary>
public sealed class PhraseSetTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static TheoryData<string, string> CatalogLists()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            // Month names of other languages build a regex of their own (LocalMonthDates), never a phrase set; care
            // words of other languages hold accented letters, which CueWords matches with its regex (LocalCareCues).
            foreach (var key in rule.Data.Keys.Where(k => !k.StartsWith("monthNames.", StringComparison.Ordinal) && !k.StartsWith("careCues.", StringComparison.Ordinal)))
            {
                data.Add(rule.Id, key);
            }
        }

        return data;
    }

    [Fact]
    public void Word_characters_are_those_of_the_regex_word_boundary()
    {
        var boundary = new Regex(@"^\b", Options);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(boundary.IsMatch(((char)c).ToString()) == PhraseSet.IsBoundaryWordChar((char)c), $"U+{c:X4}");
        }
    }

    [Theory]
    [MemberData(nameof(CatalogLists))]
    public void Whitespace_phrases_match_like_the_cue_regex(string ruleId, string key)
    {
        var phrases = Ordered(ruleId, key);
        var set = PhraseSet.ForWhitespace(phrases, wordStart: true);
        Assert.NotNull(set);
        var regex = Alternation(@"\b", phrases, p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries), @"\s+");
        AssertSame(regex, set, Texts(phrases));
    }

    [Theory]
    [MemberData(nameof(CatalogLists))]
    public void Hyphenated_phrases_match_like_the_phrase_regex(string ruleId, string key)
    {
        var phrases = Ordered(ruleId, key);
        var set = PhraseSet.ForWhitespaceOrHyphen(phrases, wordStart: true);
        Assert.NotNull(set);
        var regex = Alternation(@"\b", phrases, p => p.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries), @"[\s\-]+");
        AssertSame(regex, set, Texts(phrases));
    }

    [Theory]
    [MemberData(nameof(CatalogLists))]
    public void Captions_match_like_the_label_regex_after_a_non_alphanumeric(string ruleId, string key)
    {
        var phrases = Ordered(ruleId, key).Select(p => string.Join(' ', p.Split([' ', '\u00A0', '\n', '\t', '-'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Distinct().OrderByDescending(p => p.Length).ToList();
        var set = PhraseSet.ForCaptions(phrases);
        Assert.NotNull(set);
        // Backtracking for the look-behind; the texts are small.
        var regex = Alternation(@"(?<![\p{L}\p{Nd}])", phrases, p => p.Split(' '), @"[ \u00A0\n-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        AssertSame(regex, set, Texts(phrases));
    }

    [Fact]
    public void A_Kelvin_sign_late_in_a_word_does_not_hide_the_word_behind_an_earlier_hit()
    {
        // The ordinal search for first words misses "facebook" spelled with a Kelvin sign, and finds the "a" inside it.
        var set = PhraseSet.ForWhitespace(["facebook group", "a"], wordStart: true)!;
        const string text = "on Faceboo\u212A group a day";
        var found = new List<(int, int)>();
        set.FindAll(text, 0, text.Length, found);
        Assert.Equal([(3, 17), (18, 19)], found);
    }

    [Fact]
    public void A_phrase_with_a_cased_non_ASCII_letter_is_left_to_the_regex()
    {
        Assert.Null(PhraseSet.ForWhitespace(["Müller clinic"], wordStart: true));
        Assert.NotNull(PhraseSet.ForWhitespace(["patient\u2019s"], wordStart: true));
    }

    private static List<string> Ordered(string ruleId, string key) =>
        [.. RuleCatalog.Default.Find(ruleId)!.GetList(key).Select(p => p.Trim()).Where(p => p.Length > 0).OrderByDescending(p => p.Length)];

    private static Regex? Alternation(string prefix, List<string> phrases, Func<string, string[]> split, string join, RegexOptions options = Options)
    {
        var alternatives = phrases.Select(p => string.Join(join, split(p).Select(Regex.Escape))).Where(a => a.Length > 0).ToList();
        return alternatives.Count == 0 ? null : new Regex(prefix + "(?:" + string.Join('|', alternatives) + ")", options);
    }

    private static void AssertSame(Regex? regex, PhraseSet set, IEnumerable<string> texts)
    {
        var random = new Random(7);
        foreach (var text in texts)
        {
            for (var slice = 0; slice < 3; slice++)
            {
                var start = slice == 0 ? 0 : random.Next(text.Length + 1);
                var end = slice == 0 ? text.Length : random.Next(start, text.Length + 1);
                var expected = new List<(int, int)>();
                if (regex is not null)
                {
                    foreach (var m in regex.EnumerateMatches(text.AsSpan(start, end - start)))
                    {
                        expected.Add((start + m.Index, start + m.Index + m.Length));
                    }
                }

                var actual = new List<(int, int)>();
                set.FindAll(text, start, end, actual);
                Assert.True(expected.SequenceEqual(actual), $"slice [{start}, {end}) of a {text.Length}-character text: expected {expected.Count} matches, got {actual.Count}");
            }
        }
    }

    /// <summary>The catalog's examples, then each phrase in many disguises amid other phrases and filler.</summary>
    internal static IEnumerable<string> Texts(List<string> phrases)
    {
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            yield return string.Join("\n", rule.Examples.Match.Concat(rule.Examples.NoMatch));
        }

        var random = new Random(phrases.Count);
        string[] separators = [" ", "  ", "\u00A0", "\t", "\n", "-", " - ", "", "_", ".", "\u2019"];
        string[] fillers = ["", " ", "x", "9", "a ", "(", "#", "\u212A", "'", "\u200D", "é", "-"];
        for (var round = 0; round < 40; round++)
        {
            var text = new StringBuilder();
            foreach (var phrase in phrases.OrderBy(_ => random.Next()).Take(12))
            {
                text.Append(random.GetItems(fillers, 1)[0]);
                foreach (var c in phrase)
                {
                    text.Append(c == ' ' || c == '-' ? random.GetItems(separators, 1)[0]
                        : c == 'k' && random.Next(6) == 0 ? '\u212A'
                        : random.Next(3) == 0 ? char.ToUpperInvariant(c) : c);
                }

                if (random.Next(3) == 0 && phrase.Length > 2)
                {
                    text.Append(phrase[..^1]); // a near miss
                }

                text.Append(random.GetItems(fillers, 1)[0]).Append(random.GetItems(separators, 1)[0]);
            }

            yield return text.ToString();
        }
    }
}
