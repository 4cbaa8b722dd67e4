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

    /// <summary>The regex's case-insensitive equivalents of an ASCII letter are its two cases, plus the Kelvin sign for k.</summary>
    internal const char KelvinSign = '\u212A';

    private readonly string[] _phrases;
    private readonly Dictionary<char, int[]> _byFirst;

    /// <summary>
    /// Per pair of folded ASCII characters (first * 128 + second), the phrases that can open with it, as an index
    /// into <see cref="_pairCandidates"/> plus one (0: none): most positions of a text are ruled out by one array
    /// look-up, and only the phrases of that pair are compared (a catalog list has dozens per first letter). A phrase
    /// of one character, or with a gap or a non-ASCII character second, opens every pair of its first character.
    /// </summary>
    private readonly ushort[] _pairSlots = new ushort[128 * 128];

    /// <summary>Phrase indexes in priority order, one array per distinct opening.</summary>
    private readonly List<int[]> _pairCandidates = [];

    private readonly Func<char, bool> _isSeparator;

    /// <summary>Every character of the folded phrases (not the gaps).</summary>
    private readonly HashSet<char> _phraseChars;

    private readonly PhraseStart _start;

    /// <param name="phrases">In priority order; each is split into words at <paramref name="splitChars"/>.</param>
    /// <param name="splitChars">Where a phrase is cut into words (empty words are dropped).</param>
    /// <param name="isSeparator">The character class that joins words in the text.</param>
    /// <param name="start">Where a match may start.</param>
    private PhraseSet(IEnumerable<string> phrases, char[] splitChars, Func<char, bool> isSeparator, PhraseStart start)
    {
        _phrases = [.. phrases.Select(p => string.Join(Gap, p.Split(splitChars, StringSplitOptions.RemoveEmptyEntries).Select(FoldPhrase)))];
        _isSeparator = isSeparator;
        _phraseChars = [.. _phrases.SelectMany(p => p).Where(c => c != Gap)];
        _start = start;
        _byFirst = _phrases.Select((phrase, index) => (phrase, index))
            .Where(p => p.phrase.Length > 0)
            .GroupBy(p => p.phrase[0])
            .ToDictionary(g => g.Key, g => g.Select(p => p.index).ToArray());
        BuildPairs();
        // The first word of a phrase runs up to its first gap.
        var firstWords = _phrases.Length > 0 && _phrases.All(p => p.Length > 0) ? _phrases.Select(p => p.Split(Gap)[0]).ToList() : null;
        Starts = new PhraseStartFinder(start, Array.ConvertAll(_pairSlots, slot => slot != 0), _byFirst.Keys, firstWords);
    }

    /// <summary>
    /// True when <paramref name="c"/> can stand inside a match: a character of some phrase (folded) or a separator.
    /// No match covers any other character, so where one stands, a scan over the text starts afresh.
    /// </summary>
    internal bool CanBeInMatch(char c) => _isSeparator(c) || _phraseChars.Contains(Fold(c));

    /// <summary>The last word of every phrase, folded (a match ends with its last word, letter for letter).</summary>
    internal IEnumerable<string> LastWords => _phrases.Where(p => p.Length > 0).Select(p => p[(p.LastIndexOf(Gap) + 1)..]);

    /// <summary>True when some phrase opens with the folded ASCII pair <paramref name="pairKey"/> (first * 128 + second).</summary>
    internal bool OpensWithPair(int pairKey) => _pairSlots[pairKey] != 0;

    /// <summary>Where the phrases might start (shared with <see cref="PhraseSetGroup"/>).</summary>
    internal PhraseStartFinder Starts { get; }

    private void BuildPairs()
    {
        static bool AnySecond(string phrase) => phrase.Length < 2 || phrase[1] == Gap || phrase[1] >= 128;
        var ascii = Enumerable.Range(0, _phrases.Length).Where(i => _phrases[i].Length > 0 && _phrases[i][0] < 128).ToList();
        foreach (var group in ascii.GroupBy(i => _phrases[i][0]))
        {
            var first = group.Key;
            var any = group.Where(i => AnySecond(_phrases[i])).ToArray();
            if (any.Length > 0)
            {
                var slot = AddCandidates(any);
                _pairSlots.AsSpan(first * 128, 128).Fill(slot);
            }

            foreach (var exact in group.Where(i => !AnySecond(_phrases[i])).GroupBy(i => _phrases[i][1]))
            {
                _pairSlots[(first * 128) + exact.Key] = AddCandidates([.. exact.Concat(any).Order()]);
            }
        }
    }

    private ushort AddCandidates(int[] phraseIndexes)
    {
        _pairCandidates.Add(phraseIndexes);
        return checked((ushort)_pairCandidates.Count);
    }

    /// <summary>
    /// Phrases whose words are joined by <c>\s+</c> (CueWords), or null when a phrase holds a character whose
    /// case-insensitive matching this class does not reproduce (a non-ASCII letter): the caller keeps its regex.
    /// </summary>
    public static PhraseSet? ForWhitespace(IReadOnlyList<string> phrases, bool wordStart) =>
        Supports(phrases) ? new PhraseSet(phrases, [' '], char.IsWhiteSpace, wordStart ? PhraseStart.WordBoundary : PhraseStart.Anywhere) : null;

    /// <summary>Words split at spaces and hyphens and joined by <c>[\s\-]+</c> (CueWords with hyphenJoinsWords).</summary>
    public static PhraseSet? ForWhitespaceOrHyphen(IReadOnlyList<string> phrases, bool wordStart) =>
        Supports(phrases) ? new PhraseSet(phrases, [' ', '-'], c => c == '-' || char.IsWhiteSpace(c), wordStart ? PhraseStart.WordBoundary : PhraseStart.Anywhere) : null;

    /// <summary>
    /// Words split at spaces and joined by <c>[ \u00A0\n-]+</c>, starting only where no letter or digit stands
    /// before (LabelMatcher's captions): the regex <c>(?&lt;![\p{L}\p{Nd}])(?:…)</c>. A caption glued to the word
    /// before it is never kept, so it must not hide a caption that starts inside it either.
    /// </summary>
    public static PhraseSet? ForCaptions(IReadOnlyList<string> phrases) =>
        Supports(phrases) ? new PhraseSet(phrases, [' '], c => c is ' ' or '\u00A0' or '\n' or '-', PhraseStart.AfterNonAlphanumeric) : null;

    /// <summary>Every match in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>), as the regex finds them in that slice.</summary>
    public void FindAll(string text, int start, int end, List<(int Start, int End)> found)
    {
        var region = text.AsSpan(start, end - start);
        var pos = 0;
        while (TryFindNext(region, ref pos, out var matchStart, out var matchEnd))
        {
            found.Add((start + matchStart, start + matchEnd));
        }
    }

    /// <summary>
    /// The next match at or after <paramref name="pos"/> of <paramref name="region"/>, as the regex run over the
    /// whole region would find it when <paramref name="pos"/> is 0 or the end of its previous match; moves
    /// <paramref name="pos"/> past it.
    /// </summary>
    public bool TryFindNext(ReadOnlySpan<char> region, ref int pos, out int matchStart, out int matchEnd)
    {
        while (pos < region.Length)
        {
            pos = Starts.Next(region, pos);
            if (pos < 0)
            {
                break;
            }

            if (TryMatchAt(region, pos, out matchEnd))
            {
                matchStart = pos;
                pos = matchEnd;
                return true;
            }

            pos++;
        }

        pos = region.Length;
        matchStart = matchEnd = -1;
        return false;
    }

    /// <summary>The end of the phrase the regex would match at <paramref name="pos"/> of <paramref name="region"/>, if any.</summary>
    /// <remarks>
    /// A match is its phrase character for character (each text character, folded with <see cref="Fold"/>, equals the
    /// phrase's), with a run of separators for each gap: nothing else. <see cref="PhraseMatchBounds"/> relies on that to
    /// rule out where a match can end or what it can cover.
    /// </remarks>
    public bool TryMatchAt(ReadOnlySpan<char> region, int pos, out int end)
    {
        end = pos;
        if (pos >= region.Length)
        {
            return false;
        }

        var first = Fold(region[pos]);
        var second = pos + 1 < region.Length ? Fold(region[pos + 1]) : '\0';
        int[]? candidates;
        if (first < 128 && second < 128)
        {
            var slot = _pairSlots[(first * 128) + second];
            candidates = slot == 0 ? null : _pairCandidates[slot - 1];
        }
        else
        {
            _byFirst.TryGetValue(first, out candidates);
        }

        if (candidates is null || !MayStartAt(region, pos))
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

    private bool MayStartAt(ReadOnlySpan<char> region, int pos) => _start switch
    {
        PhraseStart.WordBoundary => IsBoundaryWordChar(region[pos]) != (pos > 0 && IsBoundaryWordChar(region[pos - 1])),
        PhraseStart.AfterNonAlphanumeric => pos == 0 || !char.IsLetterOrDigit(region[pos - 1]),
        _ => true,
    };

    /// <summary>
    /// The characters <c>\b</c> counts as word characters (letters, Mn, Nd, Pc, ZWJ and ZWNJ); in ASCII those are the
    /// letters, digits and '_', tested without a Unicode category look-up.
    /// </summary>
    public static bool IsBoundaryWordChar(char c) =>
        c < 128
            ? char.IsAsciiLetterOrDigit(c) || c == '_'
            : char.IsLetter(c) || c is '\u200D' or '\u200C'
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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c) => c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : c == KelvinSign ? 'k' : c;

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
