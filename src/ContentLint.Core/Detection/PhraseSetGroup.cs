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

    public PhraseSetGroup(IReadOnlyList<PhraseSet> sets)
    {
        _sets = [.. sets];
        if (_sets.Length > 32)
        {
            throw new ArgumentException("A group holds at most 32 phrase sets.", nameof(sets));
        }

        // Every position a single set would try is tried: the union of the sets' opening pairs and first characters.
        _starts = PhraseStartFinder.Union([.. _sets.Select(s => s.Starts)]);
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
        var region = text.AsSpan();
        Span<int> resume = stackalloc int[_sets.Length]; // where each set's own scan would go on: the end of its last match
        resume.Clear();
        var pos = 0;
        while (pos < region.Length)
        {
            pos = _starts.Next(region, pos);
            if (pos < 0)
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
