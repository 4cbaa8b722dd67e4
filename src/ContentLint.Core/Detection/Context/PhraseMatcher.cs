using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Context;

/// <summary>
/// Finds every whole-word occurrence of a list of phrases, case-insensitively; a space in a phrase also matches a
/// hyphen or a line break ("palm vein scan", "palm-vein scan"). Built once per detector; NonBacktracking keeps it linear.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Regex? _regex;
    private readonly PhraseSet? _set;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var ordered = phrases
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .OrderByDescending(p => p.Length)
            .ToList();
        // The regex below is only built for phrases PhraseSet cannot match the same way (see there).
        _set = PhraseSet.ForWhitespaceOrHyphen(ordered, wordStart: true);
        var alternatives = ordered
            .Select(p => string.Join(@"[\s\-]+", p.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))
            .ToList();
        if (_set is null && alternatives.Count > 0)
        {
            _regex = new Regex(@"\b(?:" + string.Join('|', alternatives) + ")",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
    }

    /// <summary>The [Start, End) of every whole-word occurrence in <paramref name="text"/>.</summary>
    public IEnumerable<(int Start, int End)> All(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_set is not null)
        {
            var found = new List<(int Start, int End)>();
            _set.FindAll(text, 0, text.Length, found);
            foreach (var (start, end) in found)
            {
                if (end >= text.Length || !char.IsLetterOrDigit(text[end]))
                {
                    yield return (start, end);
                }
            }

            yield break;
        }

        if (_regex is null)
        {
            yield break;
        }

        foreach (Match match in _regex.Matches(text))
        {
            var end = match.Index + match.Length;
            if (end >= text.Length || !char.IsLetterOrDigit(text[end]))
            {
                yield return (match.Index, end);
            }
        }
    }
}
