namespace ContentLint.Core.Detection.Names;

/// <summary>
/// A small Bloom filter in front of a word set: <see cref="MayContain"/> is false only for keys the set cannot hold,
/// so "filter.MayContain(key) &amp;&amp; set.Contains(key)" answers exactly as the set alone. Every capitalized word
/// of a page is looked up among the titles and few are titles: for most, two bits in a few hundred bytes that stay in
/// the processor's cache replace hashing the word for the frozen set. (In front of the given names it did not pay: on
/// the sites we measured, most capitalized words are given names and pass.)
/// </summary>
/// <remarks>
/// The hash folds ASCII case, so it suits sets compared with OrdinalIgnoreCase as well as Ordinal ones. Outside ASCII
/// that comparer equates characters a simple fold would not ('ſ' and 's'), so a key with a non-ASCII character always
/// passes, and a filter built from a set with such a word lets every key pass.
/// </remarks>
internal sealed class NameKeyFilter
{
    private readonly ulong[]? _bits;
    private readonly uint _mask;

    /// <param name="words">The words of the set.</param>
    /// <param name="bitCount">A power of two, at least 64; about six times the number of words keeps false passes near 10%.</param>
    public NameKeyFilter(IEnumerable<string> words, int bitCount)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (bitCount < 64 || !int.IsPow2(bitCount))
        {
            throw new ArgumentOutOfRangeException(nameof(bitCount), bitCount, "a power of two, at least 64");
        }

        _mask = (uint)bitCount - 1;
        var bits = new ulong[bitCount / 64];
        foreach (var word in words)
        {
            if (!System.Text.Ascii.IsValid(word))
            {
                return; // _bits stays null: every key passes
            }

            var hash = Hash(word);
            Set(bits, hash & _mask);
            Set(bits, (hash >> 15) & _mask);
        }

        _bits = bits;
    }

    /// <summary>False when the set the filter was built from cannot hold <paramref name="key"/>.</summary>
    public bool MayContain(string key)
    {
        if (_bits is null)
        {
            return true;
        }

        var hash = 2166136261u; // FNV-1a over the ASCII-lower-cased characters
        foreach (var c in key)
        {
            if (c >= 128)
            {
                return true;
            }

            hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c)) * 16777619u;
        }

        hash = Mix(hash);
        return IsSet(_bits, hash & _mask) && IsSet(_bits, (hash >> 15) & _mask);
    }

    private static uint Hash(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c)) * 16777619u;
        }

        return Mix(hash);
    }

    /// <summary>Spreads FNV's weak low bits over the whole word, so both bit indexes are well distributed.</summary>
    private static uint Mix(uint hash)
    {
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        hash ^= hash >> 12;
        return hash;
    }

    private static void Set(ulong[] bits, uint bit) => bits[bit >> 6] |= 1UL << (int)(bit & 63);

    private static bool IsSet(ulong[] bits, uint bit) => (bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
}
