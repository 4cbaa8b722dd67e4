using System.Buffers;
using System.Globalization;

namespace ContentLint.Core.Detection;

/// <summary>
/// Literal phrases found exactly as the alternation regex <c>\b(?:p1|p2|…)</c> (IgnoreCase, CultureInvariant) finds
/// them, where the words of a phrase are joined by "one or more separator characters": leftmost match first, at one
/// position the earliest phrase in priority order wins, and matches do not overlap. Building a NonBacktracking regex
/// for a long list costs tens of milliseconds per list at every start, and running it over every segment of a large
/// page costs seconds; this needs neither. Tests compare it with the regex it replaces.
/// </summary>
internal sealed class PhraseSet
{
    /// <summary>Stands in a folded phrase for "one or more separator characters".</summary>
    private const char Gap = '\0';

    private readonly string[] _phrases;
    private readonly Dictionary<char, int[]> _byFirst;
    private readonly SearchValues<char> _firsts;
    private readonly Func<char, bool> _isSeparator;
    private readonly bool _wordStart;

    /// <summary>
    /// Which two folded ASCII characters can open a phrase: most positions of a text are ruled out by one look-up
    /// before any phrase is compared. A phrase of one character or with a gap second allows every second character.
    /// </summary>
    private readonly bool[] _pairs = new bool[128 * 128];

    /// <param name="phrases">In priority order; each is split into words at <paramref name="splitChars"/>.</param>
    /// <param name="splitChars">Where a phrase is cut into words (empty words are dropped).</param>
    /// <param name="isSeparator">The character class that joins words in the text.</param>
    /// <param name="wordStart">Whether a match must start at a word boundary (<c>\b</c>).</param>
    private PhraseSet(IEnumerable<string> phrases, char[] splitChars, Func<char, bool> isSeparator, bool wordStart)
    {
        _phrases = [.. phrases.Select(p => string.Join(Gap, p.Split(splitChars, StringSplitOptions.RemoveEmptyEntries).Select(FoldPhrase)))];
        _isSeparator = isSeparator;
        _wordStart = wordStart;
        _byFirst = _phrases.Select((phrase, index) => (phrase, index))
            .Where(p => p.phrase.Length > 0)
            .GroupBy(p => p.phrase[0])
            .ToDictionary(g => g.Key, g => g.Select(p => p.index).ToArray());
        foreach (var phrase in _phrases.Where(p => p.Length > 0 && p[0] < 128))
        {
            for (var second = 0; second < 128; second++)
            {
                _pairs[(phrase[0] * 128) + second] |= phrase.Length < 2 || phrase[1] == Gap || phrase[1] >= 128 || phrase[1] == second;
            }
        }

        var firsts = new HashSet<char>();
        foreach (var first in _byFirst.Keys)
        {
            firsts.Add(first);
            firsts.Add(char.ToUpperInvariant(first));
            if (first == 'k')
            {
                firsts.Add(KelvinSign);
            }
        }

        _firsts = SearchValues.Create([.. firsts]);
    }

    /// <summary>The regex's case-insensitive equivalents of an ASCII letter are its two cases, plus the Kelvin sign for k.</summary>
    private const char KelvinSign = '\u212A';

    /// <summary>
    /// Phrases whose words are joined by <c>\s+</c> (CueWords), or null when a phrase holds a character whose
    /// case-insensitive matching this class does not reproduce (a non-ASCII letter): the caller keeps its regex.
    /// </summary>
    public static PhraseSet? ForWhitespace(IReadOnlyList<string> phrases, bool wordStart) =>
        Supports(phrases) ? new PhraseSet(phrases, [' '], char.IsWhiteSpace, wordStart) : null;

    /// <summary>Words split at spaces and hyphens and joined by <c>[\s\-]+</c> (CueWords with hyphenJoinsWords).</summary>
    public static PhraseSet? ForWhitespaceOrHyphen(IReadOnlyList<string> phrases, bool wordStart) =>
        Supports(phrases) ? new PhraseSet(phrases, [' ', '-'], c => c == '-' || char.IsWhiteSpace(c), wordStart) : null;

    /// <summary>Words split at spaces and joined by <c>[ \u00A0\n-]+</c> (LabelMatcher's captions).</summary>
    public static PhraseSet? ForCaptions(IReadOnlyList<string> phrases, bool wordStart) =>
        Supports(phrases) ? new PhraseSet(phrases, [' '], c => c is ' ' or '\u00A0' or '\n' or '-', wordStart) : null;

    /// <summary>Every match in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>), as the regex finds them in that slice.</summary>
    public void FindAll(string text, int start, int end, List<(int Start, int End)> found)
    {
        var region = text.AsSpan(start, end - start);
        var pos = 0;
        while (pos < region.Length)
        {
            var next = region[pos..].IndexOfAny(_firsts);
            if (next < 0)
            {
                return;
            }

            pos += next;
            if (TryMatchAt(region, pos, out var matchEnd))
            {
                found.Add((start + pos, start + matchEnd));
                pos = matchEnd;
            }
            else
            {
                pos++;
            }
        }
    }

    /// <summary>The end of the phrase the regex would match at <paramref name="pos"/> of <paramref name="region"/>, if any.</summary>
    public bool TryMatchAt(ReadOnlySpan<char> region, int pos, out int end)
    {
        end = pos;
        if (pos >= region.Length)
        {
            return false;
        }

        var first = Fold(region[pos]);
        var second = pos + 1 < region.Length ? Fold(region[pos + 1]) : '\0';
        if ((first < 128 && second < 128 && !_pairs[(first * 128) + second]) || !_byFirst.TryGetValue(first, out var candidates))
        {
            return false;
        }

        if (_wordStart && IsBoundaryWordChar(region[pos]) == (pos > 0 && IsBoundaryWordChar(region[pos - 1])))
        {
            return false;
        }

        foreach (var index in candidates)
        {
            if (Matches(_phrases[index], region, pos, out end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The characters <c>\b</c> counts as word characters (letters, Mn, Nd, Pc, ZWJ and ZWNJ).</summary>
    public static bool IsBoundaryWordChar(char c) =>
        char.IsLetter(c) || c is '\u200D' or '\u200C'
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    private bool Matches(string phrase, ReadOnlySpan<char> text, int pos, out int end)
    {
        var t = pos;
        foreach (var p in phrase)
        {
            if (p == Gap)
            {
                // Greedy is exact: a phrase's word never starts with a separator, so no shorter run could do better.
                var gapStart = t;
                while (t < text.Length && _isSeparator(text[t]))
                {
                    t++;
                }

                if (t == gapStart)
                {
                    end = pos;
                    return false;
                }
            }
            else if (t >= text.Length || Fold(text[t++]) != p)
            {
                end = pos;
                return false;
            }
        }

        end = t;
        return true;
    }

    private static char Fold(char c) => c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : c == KelvinSign ? 'k' : c;

    private static string FoldPhrase(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            span[i] = Fold(w[i]);
        }
    });

    /// <summary>ASCII, and non-ASCII characters without case variants (the typographic apostrophe).</summary>
    private static bool Supports(IReadOnlyList<string> phrases) =>
        phrases.All(p => p.All(c => c < 128 ? c != Gap : char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c && c != KelvinSign));
}
