using System.Buffers;
using System.Collections.Frozen;

namespace ContentLint.Core.Web;

/// <summary>Many literal phrases found in one pass with <see cref="SearchValues{T}"/> (case-insensitive).</summary>
internal sealed class PhraseIndex
{
    private readonly SearchValues<string>? _search;
    private readonly FrozenDictionary<char, (string Phrase, WebSignature Signature)[]> _byFirst;

    public PhraseIndex(IEnumerable<(string Phrase, WebSignature Signature)> phrases)
    {
        var list = phrases.ToList();
        Count = list.Count;
        _search = list.Count == 0 ? null : SearchValues.Create([.. list.Select(p => p.Phrase).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
        _byFirst = list.GroupBy(p => char.ToLowerInvariant(p.Phrase[0]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Phrase.Length).ToArray());
    }

    public int Count { get; }

    public IEnumerable<(int Start, int Length, WebSignature Signature)> FindAll(string text, int start, int end)
    {
        if (_search is null)
        {
            yield break;
        }

        var at = start;
        while (at < end)
        {
            var found = text.AsSpan(at, end - at).IndexOfAny(_search);
            if (found < 0)
            {
                yield break;
            }

            var index = at + found;
            var longest = 1;
            foreach (var (phrase, signature) in _byFirst.GetValueOrDefault(char.ToLowerInvariant(text[index]), []))
            {
                if (text.AsSpan(index, end - index).StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    longest = Math.Max(longest, phrase.Length);
                    yield return (index, phrase.Length, signature);
                }
            }

            at = index + longest;
        }
    }
}
