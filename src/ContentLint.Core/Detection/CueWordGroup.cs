namespace ContentLint.Core.Detection;

/// <summary>
/// Several cue lists found in one text at once: the same matches as each list's <see cref="CueWords.FindAll"/>, from
/// one search of the text (<see cref="PhraseSetGroup"/>) instead of one per list.
/// </summary>
internal sealed class CueWordGroup
{
    private readonly CueWords[] _lists;
    private readonly PhraseSetGroup? _group;

    public CueWordGroup(params CueWords[] lists)
    {
        _lists = lists;
        if (lists.All(list => list.Set is not null))
        {
            _group = new PhraseSetGroup([.. lists.Select(list => list.Set!)]);
        }
    }

    /// <summary>For each list, in the order given, every whole-word cue in <paramref name="text"/> as (start, end).</summary>
    public IReadOnlyList<(int Start, int End)>[] FindAll(string text)
    {
        if (_group is null)
        {
            return [.. _lists.Select(list => list.FindAll(text))];
        }

        // Most segments hold no cue of most lists: those share one empty list instead of allocating their own.
        var found = new List<(int Start, int End)>?[_lists.Length];
        _group.FindAll(text, found);
        var result = new IReadOnlyList<(int Start, int End)>[_lists.Length];
        for (var i = 0; i < found.Length; i++)
        {
            result[i] = found[i] is { } matches ? WholeWords(text, matches) : [];
        }

        return result;
    }

    private static List<(int Start, int End)> WholeWords(string text, List<(int Start, int End)> matches)
    {
        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            if (CueWords.IsWholeWord(text, matches[i].Start, matches[i].End))
            {
                matches[kept++] = matches[i];
            }
        }

        matches.RemoveRange(kept, matches.Count - kept);
        return matches;
    }
}
