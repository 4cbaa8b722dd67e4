using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ContentLint.Core.Detection;

/// <summary>
/// Where a phrase of one or more <see cref="PhraseSet"/>s might start: a position where a match may start
/// (<see cref="PhraseStart"/>: a word boundary, or after a non-alphanumeric) and whose first two characters, folded,
/// open some phrase. It is the cheap front of <see cref="PhraseSet.TryMatchAt"/>, so every position a phrase can
/// match at is found, and one walk over the text serves the phrases of a whole group.
/// </summary>
/// <remarks>
/// A set whose phrases all open with words of three or more characters ("fingerprint", "palm", "dna") is found by a
/// vectorized case-insensitive search for those first words: such words are rare in a text, so the search jumps
/// over most of it. Cue lists that open with "in", "of", "at" would stop it every few characters (those stand inside
/// every other word: "within", "often", "that"), and once cost a sixth of a site scan's CPU; they, and groups of
/// lists, walk the word starts instead, which costs a fixed small amount per word.
/// </remarks>
internal sealed class PhraseStartFinder
{
    /// <summary>First words this long are searched for rather than walked to (see the remarks).</summary>
    private const int MinRareWordLength = 3;

    private readonly PhraseStart _start;

    /// <summary>Which pairs of folded ASCII characters (first * 128 + second) open a phrase.</summary>
    private readonly bool[] _pairs;

    /// <summary>Folded first characters of phrases: where the second character is not ASCII, only the first is checked.</summary>
    private readonly HashSet<char> _firsts;

    /// <summary>
    /// True when every phrase opens with a word character: at a word boundary, a match can then only start where a
    /// word does, and whole blocks of ASCII text are checked at once.
    /// </summary>
    private readonly bool _opensWithWordChar;

    /// <summary>The phrases' first words, case-insensitively, when all are long enough to be rare in a text; else null.</summary>
    private readonly SearchValues<string>? _firstWords;

    /// <summary>The length of the longest first word in <see cref="_firstWords"/>.</summary>
    private readonly int _longestFirstWord;

    /// <param name="start">Where a match may start.</param>
    /// <param name="pairs">Which pairs of folded ASCII characters open a phrase (first * 128 + second); not copied.</param>
    /// <param name="firsts">Every folded first character of a phrase.</param>
    /// <param name="firstWords">The folded first word of every phrase (up to its first separator), or null for a group.</param>
    public PhraseStartFinder(PhraseStart start, bool[] pairs, IEnumerable<char> firsts, IReadOnlyCollection<string>? firstWords = null)
    {
        _start = start;
        _pairs = pairs;
        _firsts = [.. firsts];
        // Every opening pair starts with one of the first characters, so they alone decide.
        _opensWithWordChar = _firsts.All(PhraseSet.IsBoundaryWordChar);
        if (firstWords is { Count: > 0 } && firstWords.All(word => word.Length >= MinRareWordLength))
        {
            _firstWords = SearchValues.Create([.. firstWords.Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
            _longestFirstWord = firstWords.Max(word => word.Length);
        }
    }

    /// <summary>One finder for the phrases of all <paramref name="finders"/> (see <see cref="PhraseSetGroup"/>); they must agree on where a match may start.</summary>
    public static PhraseStartFinder Union(IReadOnlyList<PhraseStartFinder> finders)
    {
        ArgumentOutOfRangeException.ThrowIfZero(finders.Count);
        if (finders.Any(f => f._start != finders[0]._start))
        {
            throw new ArgumentException("The phrase sets of a group must start their matches alike.", nameof(finders));
        }

        var pairs = new bool[128 * 128];
        foreach (var finder in finders)
        {
            for (var i = 0; i < pairs.Length; i++)
            {
                pairs[i] |= finder._pairs[i];
            }
        }

        return new PhraseStartFinder(finders[0]._start, pairs, finders.SelectMany(f => f._firsts));
    }

    /// <summary>The first position at or after <paramref name="pos"/> of <paramref name="region"/> where a phrase might match, or -1.</summary>
    public int Next(ReadOnlySpan<char> region, int pos) => _firstWords is not null ? NextFirstWord(region, pos) : NextByWalk(region, pos);

    /// <summary>
    /// The next place a first word stands. Every match starts with its first word, which an ordinal case-insensitive
    /// search finds, except where a Kelvin sign stands in for a k: a stretch holding one is walked instead.
    /// </summary>
    private int NextFirstWord(ReadOnlySpan<char> region, int pos)
    {
        var rest = region[pos..];
        var next = rest.IndexOfAny(_firstWords!);
        var searched = next < 0 ? rest : rest[..Math.Min(rest.Length, next + _longestFirstWord)];
        if (searched.Contains(PhraseSet.KelvinSign))
        {
            return NextByWalk(region, pos);
        }

        return next < 0 ? -1 : pos + next;
    }

    private int NextByWalk(ReadOnlySpan<char> region, int pos) => _start switch
    {
        PhraseStart.WordBoundary when _opensWithWordChar => NextOpening(region, pos, wordStarts: true),
        PhraseStart.WordBoundary => NextAtBoundary(region, pos),
        PhraseStart.AfterNonAlphanumeric => NextOpening(region, pos, wordStarts: false),
        _ => NextAnywhere(region, pos),
    };

    /// <summary>
    /// Where a word starts (<paramref name="wordStarts"/>: a word character after a non-word one) or where any
    /// character follows a non-alphanumeric. Eight ASCII characters at a time: their word (or alphanumeric) mask
    /// shifted by one gives every such position, and only those are looked at. A block with a non-ASCII character is
    /// walked one by one.
    /// </summary>
    private int NextOpening(ReadOnlySpan<char> region, int pos, bool wordStarts)
    {
        var previous = pos > 0 && (wordStarts ? PhraseSet.IsBoundaryWordChar(region[pos - 1]) : IsLetterOrDigit(region[pos - 1]));
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(region));
        while (pos <= region.Length - Vector128<ushort>.Count)
        {
            var block = Vector128.LoadUnsafe(ref chars, (nuint)pos);
            if ((block & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
            {
                if (NextOneByOne(region, ref pos, pos + Vector128<ushort>.Count, ref previous, wordStarts))
                {
                    return pos;
                }

                continue;
            }

            var mask = AsciiWordMask(block, withUnderscore: wordStarts);
            var shifted = (mask << 1) | (previous ? 1u : 0u);
            var starts = (wordStarts ? mask & ~shifted : ~shifted) & 0xFFu;
            while (starts != 0)
            {
                var at = pos + BitOperations.TrailingZeroCount(starts);
                if (MayOpen(region, at))
                {
                    return at;
                }

                starts &= starts - 1;
            }

            previous = (mask & 0x80u) != 0;
            pos += Vector128<ushort>.Count;
        }

        return NextOneByOne(region, ref pos, region.Length, ref previous, wordStarts) ? pos : -1;
    }

    /// <summary>
    /// <see cref="NextOpening"/> one character at a time over [<paramref name="pos"/>, <paramref name="end"/>): true
    /// with <paramref name="pos"/> at the candidate, else false with <paramref name="pos"/> at <paramref name="end"/>.
    /// </summary>
    private bool NextOneByOne(ReadOnlySpan<char> region, ref int pos, int end, ref bool previous, bool wordStarts)
    {
        for (; pos < end; pos++)
        {
            var current = wordStarts ? PhraseSet.IsBoundaryWordChar(region[pos]) : IsLetterOrDigit(region[pos]);
            if ((wordStarts ? current && !previous : !previous) && MayOpen(region, pos))
            {
                return true;
            }

            previous = current;
        }

        return false;
    }

    /// <summary>One bit per character of an all-ASCII block: a letter or digit, or with <paramref name="withUnderscore"/> also '_' (the regex's word characters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AsciiWordMask(Vector128<ushort> block, bool withUnderscore)
    {
        var letters = Vector128.LessThan((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
        var digits = Vector128.LessThan(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
        var word = letters | digits;
        if (withUnderscore)
        {
            word |= Vector128.Equals(block, Vector128.Create((ushort)'_'));
        }

        return word.ExtractMostSignificantBits();
    }

    /// <summary>Both sides of every word boundary: some phrase opens with a non-word character.</summary>
    private int NextAtBoundary(ReadOnlySpan<char> region, int pos)
    {
        var previousIsWord = pos > 0 && PhraseSet.IsBoundaryWordChar(region[pos - 1]);
        for (; pos < region.Length; pos++)
        {
            var isWord = PhraseSet.IsBoundaryWordChar(region[pos]);
            if (isWord != previousIsWord && MayOpen(region, pos))
            {
                return pos;
            }

            previousIsWord = isWord;
        }

        return -1;
    }

    private int NextAnywhere(ReadOnlySpan<char> region, int pos)
    {
        for (; pos < region.Length; pos++)
        {
            if (MayOpen(region, pos))
            {
                return pos;
            }
        }

        return -1;
    }

    /// <summary>The same first look as <see cref="PhraseSet.TryMatchAt"/>: by the folded pair, or by the first character alone.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayOpen(ReadOnlySpan<char> region, int pos)
    {
        var first = PhraseSet.Fold(region[pos]);
        var second = pos + 1 < region.Length ? PhraseSet.Fold(region[pos + 1]) : '\0';
        return first < 128 && second < 128 ? _pairs[(first * 128) + second] : _firsts.Contains(first);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);
}
