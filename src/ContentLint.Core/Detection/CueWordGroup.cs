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
        var found = CreateLists();
        FindAll(text, found);
        return found;
    }

    /// <summary>One empty list per cue list, for <see cref="FindAll(string, List{ValueTuple{int, int}}[])"/> to fill again and again.</summary>
    public List<(int Start, int End)>[] CreateLists() => [.. _lists.Select(_ => new List<(int Start, int End)>())];

    /// <summary>
    /// Replaces the contents of <paramref name="found"/>[i] with the whole-word cues of list i in
    /// <paramref name="text"/>. A detector runs this for every segment of every page: it keeps the lists (one set per
    /// thread) instead of allocating new ones each time.
    /// </summary>
    public void FindAll(string text, List<(int Start, int End)>[] found)
    {
        foreach (var list in found)
        {
            list.Clear();
        }

        if (_group is null)
        {
            for (var i = 0; i < _lists.Length; i++)
            {
                found[i].AddRange(_lists[i].FindAll(text));
            }

            return;
        }

        _group.FindAll(text, found);
        foreach (var matches in found)
        {
            KeepWholeWords(text, matches);
        }
    }

    /// <summary>
    /// Like <see cref="FindAll(string, List{ValueTuple{int, int}}[])"/>, but only the cues that end at one of
    /// <paramref name="ends"/> (ascending) are sure to be there: <paramref name="found"/>[i] gets a part of what
    /// FindAll gives list i, in the same order, holding every cue of it that ends at one of the ends. For a detector
    /// that only uses a cue right before something rare; most of the text is then never searched.
    /// </summary>
    public void FindAllEndingAt(string text, ReadOnlySpan<int> ends, List<(int Start, int End)>[] found)
    {
        if (_group is null)
        {
            FindAll(text, found);
            return;
        }

        foreach (var list in found)
        {
            list.Clear();
        }

        _group.FindEndingAt(text, ends, found);
        foreach (var matches in found)
        {
            KeepWholeWords(text, matches);
        }
    }

    private static void KeepWholeWords(string text, List<(int Start, int End)> matches)
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
    }
}
