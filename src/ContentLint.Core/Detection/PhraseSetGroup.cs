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

    public PhraseSetGroup(IReadOnlyList<PhraseSet> sets)
    {
        _sets = [.. sets];
        // Every position a single set would try is tried: the union of the sets' opening pairs and first characters.
        _starts = PhraseStartFinder.Union([.. _sets.Select(s => s.Starts)]);
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

            for (var i = 0; i < _sets.Length; i++)
            {
                if (resume[i] <= pos && _sets[i].TryMatchAt(region, pos, out var end))
                {
                    found[i].Add((pos, end));
                    resume[i] = end;
                }
            }

            pos++;
        }
    }
}
