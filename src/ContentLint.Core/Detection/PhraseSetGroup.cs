using System.Buffers;

namespace ContentLint.Core.Detection;

/// <summary>
/// Several phrase sets searched over one text in a single pass: each set gets exactly the matches its own
/// <see cref="PhraseSet.FindAll"/> over the whole text would give (leftmost first, not overlapping within the set),
/// but the text is searched once for the first words of all sets instead of once per set. A detector that looks for
/// several cue lists in every segment (the geography detector has five) pays one vectorized search, not five.
/// </summary>
internal sealed class PhraseSetGroup
{
    /// <summary>The regex takes it for a k; an ordinal search does not.</summary>
    private const char KelvinSign = '\u212A';

    private readonly PhraseSet[] _sets;
    private readonly SearchValues<string>? _firstWords;
    private readonly SearchValues<char> _firsts;
    private readonly int _longestFirstWord;

    public PhraseSetGroup(IReadOnlyList<PhraseSet> sets)
    {
        _sets = [.. sets];
        _firsts = SearchValues.Create([.. _sets.SelectMany(s => s.FirstChars).Distinct()]);
        if (_sets.Length > 0 && _sets.All(s => s.FirstWords is not null))
        {
            string[] firstWords = [.. _sets.SelectMany(s => s.FirstWords!).Distinct(StringComparer.OrdinalIgnoreCase)];
            _firstWords = SearchValues.Create(firstWords, StringComparison.OrdinalIgnoreCase);
            _longestFirstWord = firstWords.Max(w => w.Length);
        }
    }

    /// <summary>Adds to <paramref name="found"/>[i] every match of set i in <paramref name="text"/>, creating the list at its first match.</summary>
    public void FindAll(string text, List<(int Start, int End)>?[] found)
    {
        var region = text.AsSpan();
        Span<int> resume = stackalloc int[_sets.Length]; // where each set's own scan would go on: the end of its last match
        resume.Clear();
        var pos = 0;
        while (pos < region.Length)
        {
            var next = NextCandidate(region[pos..]);
            if (next < 0)
            {
                return;
            }

            pos += next;
            for (var i = 0; i < _sets.Length; i++)
            {
                if (resume[i] <= pos && _sets[i].TryMatchAt(region, pos, out var end))
                {
                    (found[i] ??= []).Add((pos, end));
                    resume[i] = end;
                }
            }

            pos++;
        }
    }

    /// <summary>
    /// The first position where a phrase of any set might match: every position a single set would try is tried
    /// (the union of first words, or of first characters where a Kelvin sign could hide a word).
    /// </summary>
    private int NextCandidate(ReadOnlySpan<char> rest)
    {
        if (_firstWords is null)
        {
            return rest.IndexOfAny(_firsts);
        }

        var next = rest.IndexOfAny(_firstWords);
        var searched = next < 0 ? rest : rest[..Math.Min(rest.Length, next + _longestFirstWord)];
        return searched.Contains(KelvinSign) ? rest.IndexOfAny(_firsts) : next;
    }
}
