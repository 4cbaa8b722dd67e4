using System.Collections.Frozen;

namespace ContentLint.Core.Profile;

/// <summary>
/// The phrases of one signal of one page kind, in data order, found in a text's words. Every page's path, title and
/// headings are held against every list: the phrases are indexed by their first word, so that a text is read once
/// instead of once per phrase (that cost a twentieth of a site scan; docs/performance.md, issue 18).
/// </summary>
internal sealed class PhraseList
{
    private readonly IReadOnlyList<Phrase> _phrases;
    private readonly FrozenDictionary<string, int[]> _byFirstWord;

    public PhraseList(IReadOnlyList<Phrase> phrases)
    {
        _phrases = phrases;
        _byFirstWord = Enumerable.Range(0, phrases.Count)
            .Where(i => phrases[i].Words.Count > 0)
            .GroupBy(i => phrases[i].Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Order().ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Phrase> Phrases => _phrases;

    /// <summary>The first phrase, in data order, whose words stand together and in order in <paramref name="words"/>, or null.</summary>
    public Phrase? FirstIn(IReadOnlyList<string> words)
    {
        var first = -1;
        for (var start = 0; start < words.Count; start++)
        {
            if (!_byFirstWord.TryGetValue(words[start], out var candidates))
            {
                continue;
            }

            foreach (var index in candidates)
            {
                if (first >= 0 && index >= first)
                {
                    break; // candidates are in data order: none after this one can come first
                }

                if (ProfileWords.StandsAt(words, start, _phrases[index].Words))
                {
                    first = index;
                    break;
                }
            }
        }

        return first < 0 ? null : _phrases[first];
    }
}
