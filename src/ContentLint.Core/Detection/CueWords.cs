using ContentLint.Core.Text;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection;

/// <summary>
/// A list of cue words or phrases from the catalog ("call me", "fax"), found case-insensitively as whole words; with
/// <c>hyphenJoinsWords</c> a space in a phrase also matches a hyphen ("palm vein scan", "palm-vein scan").
/// Built once per detector; matching is linear in the text length. The phrases are matched as the regex
/// <c>\b(?:longest|…|shortest)</c> would (<see cref="PhraseSet"/>), the regex itself only for phrases it cannot take.
/// </summary>
internal sealed class CueWords
{
    private readonly Regex? _regex;
    private readonly PhraseSet? _set;

    public CueWords(IEnumerable<string> phrases, bool hyphenJoinsWords = false)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var ordered = phrases
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .OrderByDescending(p => p.Length) // the longest phrase wins where several start at the same place
            .ToList();
        _set = hyphenJoinsWords ? PhraseSet.ForWhitespaceOrHyphen(ordered, wordStart: true) : PhraseSet.ForWhitespace(ordered, wordStart: true);
        char[] separators = hyphenJoinsWords ? [' ', '-'] : [' '];
        var joiner = hyphenJoinsWords ? @"[\s\-]+" : @"\s+";
        var alternatives = ordered
            .Select(p => string.Join(joiner, p.Split(separators, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))
            .ToList();
        if (_set is null && alternatives.Count > 0)
        {
            _regex = new Regex(@"\b(?:" + string.Join('|', alternatives) + ")",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
    }

    /// <summary>The phrase set that matches the cues, or null when the regex does (see <see cref="CueWordGroup"/>).</summary>
    internal PhraseSet? Set => _set;

    /// <summary>The end (exclusive) of the last cue in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>), or -1.</summary>
    public int LastEnd(string text, int start, int end)
    {
        if (_set is null)
        {
            var found = FindAll(text, start, end);
            return found.Count == 0 ? -1 : found[^1].End;
        }

        var last = -1;
        var cursor = new Cursor(text, start, end);
        while (NextWholeWord(ref cursor, out _, out var matchEnd))
        {
            last = matchEnd;
        }

        return last;
    }

    /// <summary>True when a cue stands anywhere in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool Any(string text, int start, int end)
    {
        if (_set is null)
        {
            return FindAll(text, start, end).Count > 0;
        }

        var cursor = new Cursor(text, start, end);
        return NextWholeWord(ref cursor, out _, out _);
    }

    /// <summary>Every whole-word cue in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) (default: to the end), as (start, end).</summary>
    public List<(int Start, int End)> FindAll(string text, int start = 0, int end = -1)
    {
        var found = new List<(int Start, int End)>();
        FindAll(text, found, start, end);
        return found;
    }

    /// <summary>As <see cref="FindAll(string, int, int)"/>, into <paramref name="found"/> (cleared first): a detector reuses one list for all its segments.</summary>
    public void FindAll(string text, List<(int Start, int End)> found, int start = 0, int end = -1)
    {
        found.Clear();
        if (_set is not null)
        {
            var cursor = new Cursor(text, start, end);
            while (NextWholeWord(ref cursor, out var matchStart, out var matchEnd))
            {
                found.Add((matchStart, matchEnd));
            }

            return;
        }

        end = end < 0 ? text.Length : Math.Min(end, text.Length);
        if (_regex is null || end <= start)
        {
            return;
        }

        foreach (var match in _regex.EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var matchStart = start + match.Index;
            var matchEnd = matchStart + match.Length;
            if (IsWholeWord(text, matchStart, matchEnd))
            {
                found.Add((matchStart, matchEnd));
            }
        }
    }

    /// <summary>
    /// The next match of the phrase set in the cursor's slice that stands as a whole word in the full text; Any and
    /// LastEnd walk matches with it instead of collecting a list, since they run for every segment and cue list.
    /// </summary>
    private bool NextWholeWord(ref Cursor cursor, out int matchStart, out int matchEnd)
    {
        var region = cursor.Text.AsSpan(cursor.Start, cursor.End - cursor.Start);
        while (_set!.TryFindNext(region, ref cursor.Position, out var start, out var end))
        {
            matchStart = cursor.Start + start;
            matchEnd = cursor.Start + end;
            if (IsWholeWord(cursor.Text, matchStart, matchEnd))
            {
                return true;
            }
        }

        matchStart = matchEnd = -1;
        return false;
    }

    /// <summary>A walk over the phrase set's matches in text[Start, End).</summary>
    private struct Cursor(string text, int start, int end)
    {
        public readonly string Text = text;
        public readonly int Start = Math.Min(start, text.Length);
        public readonly int End = Math.Max(Math.Min(start, text.Length), end < 0 ? text.Length : Math.Min(end, text.Length));
        public int Position;
    }

    /// <summary>The slice hides what stands around it: whole-word boundaries are checked in the full text.</summary>
    internal static bool IsWholeWord(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));

    /// <summary>True when a cue starts exactly at <paramref name="start"/>.</summary>
    public bool StartsAt(string text, int start)
    {
        if (start >= text.Length)
        {
            return false;
        }

        if (_set is not null)
        {
            // The regex looked at a 32-character window and took its first match: a match at 0 is that match.
            var window = text.AsSpan(start, Math.Min(text.Length - start, 32));
            return _set.TryMatchAt(window, 0, out var length)
                && (start + length >= text.Length || !char.IsLetterOrDigit(text[start + length]));
        }

        if (_regex is null)
        {
            return false;
        }

        foreach (var match in _regex.EnumerateMatches(text.AsSpan(start, Math.Min(text.Length - start, 32))))
        {
            var matchEnd = start + match.Index + match.Length;
            return match.Index == 0 && (matchEnd >= text.Length || !char.IsLetterOrDigit(text[matchEnd]));
        }

        return false;
    }

    /// <summary>
    /// The end of the last cue between the start of the sentence holding <paramref name="position"/> (at most
    /// <paramref name="reach"/> back) and <paramref name="position"/>, or -1: a cue in an earlier sentence never speaks
    /// for a value.
    /// </summary>
    public int LastEndInSentence(string text, int position, int reach) =>
        LastEnd(text, Sentences.Start(text, position, reach), position);
}
