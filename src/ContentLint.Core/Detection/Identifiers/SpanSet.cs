namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Non-overlapping candidates of one segment, kept sorted by start. Candidates of one pass arrive left to right
/// and wait in a pending list (checked against the kept ones by binary search); <see cref="Commit"/> merges them in
/// linear time. A segment may hold hundreds of thousands of codes, so no step may be quadratic. One set serves the
/// segments of a document in turn (<see cref="Clear"/>), so a segment without findings allocates nothing.
/// </summary>
internal sealed class SpanSet
{
    private List<Candidate> _items = [];
    private List<Candidate> _spare = [];
    private readonly List<Candidate> _pending = [];

    public IReadOnlyList<Candidate> Items => _items;

    /// <summary>Forgets every candidate, to start the next segment.</summary>
    public void Clear()
    {
        _items.Clear();
        _pending.Clear();
    }

    /// <summary>Adds <paramref name="candidate"/> (at or after the previous one of this pass) unless it overlaps one already kept.</summary>
    public void TryAdd(Candidate candidate)
    {
        if (_pending.Count > 0 && (_pending[^1].Start + _pending[^1].Length > candidate.Start || _pending[^1].Start > candidate.Start))
        {
            return;
        }

        int low = 0, high = _items.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_items[mid].Start < candidate.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var end = candidate.Start + candidate.Length;
        if ((low > 0 && _items[low - 1].Start + _items[low - 1].Length > candidate.Start)
            || (low < _items.Count && _items[low].Start < end))
        {
            return;
        }

        _pending.Add(candidate);
    }

    /// <summary>Ends a pass: merges its candidates into the kept ones.</summary>
    public void Commit()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var merged = _spare;
        merged.Clear();
        int i = 0, j = 0;
        while (i < _items.Count || j < _pending.Count)
        {
            merged.Add(j >= _pending.Count || (i < _items.Count && _items[i].Start < _pending[j].Start) ? _items[i++] : _pending[j++]);
        }

        _spare = _items;
        _items = merged;
        _pending.Clear();
    }
}
