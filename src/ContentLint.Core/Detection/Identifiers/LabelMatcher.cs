using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Finds the caption words of identifiers ("MRN", "member ID", "S/N") as whole words, case-insensitively, and tells
/// which rule each announces. One NonBacktracking regex over all captions, built once per detector.
/// </summary>
internal sealed class LabelMatcher
{
    private readonly Regex? _regex;
    private readonly PhraseSet? _set;
    private readonly FrozenDictionary<string, LabelEntry> _entries;

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
        // Matched as the regex below would; the regex is only built for captions PhraseSet cannot take.
        _set = PhraseSet.ForCaptions(ordered, wordStart: false);
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
        var spans = new List<(int Start, int End)>();
        if (_set is not null)
        {
            _set.FindAll(text, 0, text.Length, spans);
        }
        else if (_regex is not null)
        {
            foreach (var match in _regex.EnumerateMatches(text))
            {
                spans.Add((match.Index, match.Index + match.Length));
            }
        }

        foreach (var (start, end) in spans)
        {
            var glued = (start > 0 && char.IsLetterOrDigit(text[start - 1]))
                || (char.IsLetterOrDigit(text[end - 1]) && end < text.Length && char.IsLetterOrDigit(text[end]));
            if (!glued && _entries.TryGetValue(Normalize(text.AsSpan(start, end - start).ToString()), out var entry))
            {
                found.Add(new LabelMatch(start, end, entry));
            }
        }

        return found;
    }

    /// <summary>Lower case, with runs of spaces and hyphens between words made one space ("Member-ID" = "member id").</summary>
    private static string Normalize(string phrase) =>
        string.Join(' ', phrase.Split([' ', '\u00A0', '\n', '\t', '-'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
