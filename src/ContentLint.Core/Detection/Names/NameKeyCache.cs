using System.Text;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Folded word keys shared within one scan of a document: a page repeats a few thousand words, so each distinct key
/// is allocated once instead of once per occurrence (a 20 MB page has millions of words). Not thread-safe: one per call.
/// </summary>
internal sealed class NameKeyCache
{
    /// <summary>Bounds the memory a page with endless distinct words (a word list, base64 cut into words) can take.</summary>
    private const int MaxEntries = 1 << 16;

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameKeyCache() => _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The same key as <see cref="NameText.Fold"/>, allocated only the first time it is seen.</summary>
    public string Fold(ReadOnlySpan<char> word)
    {
        if (word.Length > 64 || !Ascii.IsValid(word))
        {
            return NameText.Fold(word);
        }

        Span<char> lower = stackalloc char[word.Length];
        Ascii.ToLower(word, lower, out _);
        if (_lookup.TryGetValue(lower, out var key))
        {
            return key;
        }

        key = lower.ToString();
        if (_keys.Count < MaxEntries)
        {
            _keys.Add(key);
        }

        return key;
    }
}
