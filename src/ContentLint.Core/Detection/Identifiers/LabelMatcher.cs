using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Finds the caption words of identifiers ("MRN", "member ID", "S/N") as whole words, case-insensitively, and tells
/// which rule each announces. Built once per detector: a <see cref="PhraseSet"/> over all captions that starts a
/// match only where no letter or digit stands before (a NonBacktracking regex only for captions it cannot take).
/// </summary>
internal sealed class LabelMatcher
{
    private readonly Regex? _regex;
    private readonly PhraseSet? _set;
    private readonly FrozenDictionary<string, LabelEntry> _entries;
    private readonly FrozenDictionary<string, LabelEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LabelMatcher(IEnumerable<KeyValuePair<string, LabelEntry>> labels)
    {
        var entries = new Dictionary<string, LabelEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, entry) in labels)
        {
            var key = Normalize(phrase);
            if (key.Length > 0)
            {
                entries.TryAdd(key, entry); // the first rule to claim a caption keeps it
            }
        }

        _entries = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var ordered = _entries.Keys.OrderByDescending(k => k.Length).ToList(); // "license plate" wins over "license" at the same start
        // The regex is only built for captions PhraseSet cannot take (a cased non-ASCII letter).
        _set = PhraseSet.ForCaptions(ordered);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        var alternatives = ordered
            .Select(k => string.Join(@"[ \u00A0\n-]+", k.Split(' ').Select(Regex.Escape)))
            .ToList();
        if (_set is null && alternatives.Count > 0)
        {
            _regex = new Regex("(?:" + string.Join('|', alternatives) + ")",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
    }

    /// <summary>Captions in <paramref name="text"/>, left to right, each standing as whole words.</summary>
    public List<LabelMatch> Find(string text)
    {
        var found = new List<LabelMatch>();
        Find(text, found);
        return found;
    }

    /// <summary>As <see cref="Find(string)"/>, into <paramref name="found"/> (cleared first): a detector reuses one list for all its segments.</summary>
    public void Find(string text, List<LabelMatch> found)
    {
        found.Clear();
        if (_set is not null)
        {
            var pos = 0;
            while (_set.TryFindNext(text, ref pos, out var start, out var end))
            {
                Add(text, start, end, found);
            }
        }
        else if (_regex is not null)
        {
            foreach (var match in _regex.EnumerateMatches(text))
            {
                Add(text, match.Index, match.Index + match.Length, found);
            }
        }
    }

    private void Add(string text, int start, int end, List<LabelMatch> found)
    {
        var glued = (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            || (char.IsLetterOrDigit(text[end - 1]) && end < text.Length && char.IsLetterOrDigit(text[end]));
        if (glued)
        {
            return;
        }

        // Captions are short: normalized on the stack, looked up without a string.
        Span<char> buffer = stackalloc char[Math.Min(end - start, 256)];
        if (end - start <= buffer.Length && _lookup.TryGetValue(buffer[..Normalize(text.AsSpan(start, end - start), buffer)], out var entry))
        {
            found.Add(new LabelMatch(start, end, entry));
        }
    }

    /// <summary>Lower case, with runs of spaces and hyphens between words made one space ("Member-ID" = "member id").</summary>
    private static string Normalize(string phrase)
    {
        var buffer = new char[phrase.Length];
        return new string(buffer, 0, Normalize(phrase, buffer));
    }

    /// <summary><see cref="Normalize(string)"/> into <paramref name="destination"/> (as long as the phrase); returns the length written.</summary>
    private static int Normalize(ReadOnlySpan<char> phrase, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in phrase)
        {
            if (Array.IndexOf(WordBreaks, c) >= 0)
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
            }

            destination[length++] = char.ToLowerInvariant(c);
        }

        return length;
    }

    private static readonly char[] WordBreaks = [' ', '\u00A0', '\n', '\t', '-'];
}
