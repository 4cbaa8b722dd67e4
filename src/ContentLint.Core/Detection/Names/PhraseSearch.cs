namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Whether one of a list of phrases stands as whole words in a span of text (case ignored). The phrases are indexed
/// by their first word, so a span is walked once, word by word, whatever the number of phrases: a name's sentence is
/// searched for every name, and a paragraph can hold tens of thousands of them.
/// </summary>
internal sealed class PhraseSearch
{
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public PhraseSearch(IEnumerable<string> phrases)
    {
        var byFirstWord = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
        {
            var trimmed = phrase.Trim();
            var end = 0;
            while (end < trimmed.Length && IsWordChar(trimmed[end]))
            {
                end++;
            }

            if (end == 0)
            {
                continue;
            }

            var first = trimmed[..end];
            if (!byFirstWord.TryGetValue(first, out var list))
            {
                byFirstWord[first] = list = [];
            }

            list.Add(trimmed);
        }

        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool ContainsAny(ReadOnlySpan<char> span)
    {
        var i = 0;
        while (i < span.Length)
        {
            if (!IsWordChar(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && IsWordChar(span[i]))
            {
                i++;
            }

            if (_byFirstWord.TryGetValue(span[start..i], out var phrases))
            {
                foreach (var phrase in phrases)
                {
                    var end = start + phrase.Length;
                    if (end <= span.Length && span[start..end].Equals(phrase, StringComparison.OrdinalIgnoreCase)
                        && (end == span.Length || !char.IsLetter(span[end])))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Letters, and the hyphen and apostrophe inside a word ("all-star", "patient's").</summary>
    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '-' or '\'' or '\u2019';
}
