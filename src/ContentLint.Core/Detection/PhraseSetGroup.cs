namespace ContentLint.Core.Detection;

/// <summary>
/// Several phrase sets searched over one text in a single pass: each set gets exactly the matches its own
/// <see cref="PhraseSet.FindAll"/> over the whole text would give (leftmost first, not overlapping within the set),
/// but the text is walked once for the word starts that open a phrase of any set instead of once per set. A detector
/// that looks for several cue lists in every segment (the geography detector has five) pays one walk, not five.
/// </summary>
internal sealed class PhraseSetGroup
{
    private readonly PhraseSet[] _sets;
    private readonly PhraseStartFinder _starts;

    /// <summary>
    /// Per folded ASCII pair (first * 128 + second), one bit per set that has a phrase opening with it: at a
    /// candidate position only those sets are asked (most positions open a phrase of one set, not of all).
    /// </summary>
    private readonly uint[] _setsByPair = new uint[128 * 128];

    private readonly uint _allSets;

    private readonly PhraseMatchBounds _bounds;

    public PhraseSetGroup(IReadOnlyList<PhraseSet> sets)
    {
        _sets = [.. sets];
        if (_sets.Length > 32)
        {
            throw new ArgumentException("A group holds at most 32 phrase sets.", nameof(sets));
        }

        // Every position a single set would try is tried: the union of the sets' opening pairs and first characters.
        _starts = PhraseStartFinder.Union([.. _sets.Select(s => s.Starts)]);
        _bounds = new PhraseMatchBounds(_sets);
        _allSets = _sets.Length == 32 ? uint.MaxValue : (1u << _sets.Length) - 1;
        for (var key = 0; key < _setsByPair.Length; key++)
        {
            for (var i = 0; i < _sets.Length; i++)
            {
                _setsByPair[key] |= _sets[i].OpensWithPair(key) ? 1u << i : 0;
            }
        }
    }

    /// <summary>Adds to <paramref name="found"/>[i] every match of set i in <paramref name="text"/>.</summary>
    public void FindAll(string text, List<(int Start, int End)>[] found)
    {
        Span<int> resume = stackalloc int[_sets.Length]; // where each set's own scan would go on: the end of its last match
        resume.Clear();
        FindStartingIn(text, 0, text.Length, resume, found);
    }

    /// <summary>
    /// Adds to <paramref name="found"/>[i] matches of set i in <paramref name="text"/>: every match that ends at one
    /// of <paramref name="ends"/> (ascending) and stands as a whole word, among others, each as <see cref="FindAll"/>
    /// finds it. A caller that only wants matches followed by something rare (a place name after "lives in") names
    /// those positions, and most of the text is never scanned.
    /// </summary>
    /// <remarks>
    /// A set's matches depend on the matches before them (they do not overlap), so the scan cannot simply start at a
    /// wanted end. It starts right after the last character before the end that no match can cover: no match of the
    /// whole-text scan runs across that character, so from there on both scans find the same. Where no such
    /// character stands since the previous scan stopped, the previous scan goes on. Each character is looked at by
    /// at most one step back and one scan forward.
    /// </remarks>
    public void FindEndingAt(string text, ReadOnlySpan<int> ends, List<(int Start, int End)>[] found)
    {
        Span<int> resume = stackalloc int[_sets.Length];
        resume.Clear();
        var scanned = 0; // every position before this was scanned as the whole-text scan does, with its resume points
        foreach (var end in ends)
        {
            if (end <= scanned || end > text.Length || !_bounds.MayEndWholeWordAt(text, end))
            {
                continue;
            }

            // The resume points of earlier matches are all before a character no match covers: the fresh scan needs none.
            var from = end;
            while (from > scanned && _bounds.CanBeInMatch(text[from - 1]))
            {
                from--;
            }

            FindStartingIn(text, from, end, resume, found);
            scanned = end;
        }
    }

    /// <summary>
    /// Adds the matches that start in [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>, as
    /// the whole-text scan finds them when it reaches <paramref name="from"/> with <paramref name="resume"/>; updates
    /// <paramref name="resume"/>.
    /// </summary>
    private void FindStartingIn(string text, int from, int to, Span<int> resume, List<(int Start, int End)>[] found)
    {
        var region = text.AsSpan();
        // The finder looks at one character before and after a position: up to `to` it sees what it sees in the
        // whole text, and it stops there instead of searching the rest of the text for the next opening.
        var window = region[..Math.Min(region.Length, to + 1)];
        var pos = from;
        while (pos < to)
        {
            pos = _starts.Next(window, pos);
            if (pos < 0 || pos >= to)
            {
                return;
            }

            // Sets without a phrase opening with this (folded, ASCII) pair cannot match here; a non-ASCII pair asks all.
            var first = region[pos];
            var second = pos + 1 < region.Length ? region[pos + 1] : '\0';
            var candidates = (first | second) < 128 ? _setsByPair[(PhraseSet.Fold(first) * 128) + PhraseSet.Fold(second)] : _allSets;
            for (var i = 0; i < _sets.Length; i++)
            {
                if ((candidates & (1u << i)) != 0 && resume[i] <= pos && _sets[i].TryMatchAt(region, pos, out var end))
                {
                    found[i].Add((pos, end));
                    resume[i] = end;
                }
            }

            pos++;
        }
    }
}
