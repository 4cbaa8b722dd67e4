namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Folded word keys, each distinct key allocated once instead of once per occurrence (a 20 MB page has millions of
/// words, and a site's pages share most of their words). <see cref="ForCurrentThread"/> keeps one cache per thread for
/// the whole scan, so later pages find their words already folded. Not thread-safe: use it from one thread.
/// </summary>
/// <remarks>
/// An open-addressing table rather than a <see cref="HashSet{T}"/>: the key is lower-cased and hashed in one pass
/// and found with one array probe, where the set hashed it again and went through two arrays and a comparer. Probing
/// is bounded, so words whose hashes collide (by chance or by design) cost a few probes and an allocation, never a
/// long scan: the cache only saves allocations, any key it does not hold is folded afresh.
/// </remarks>
internal sealed class NameKeyCache
{
    /// <summary>
    /// Bounds the memory a page with endless distinct words (a word list, base64 cut into words) can take. Only
    /// capitalized words and the few words next to them are folded (a 10,000-page site has about 5,000 distinct
    /// capitalized words), so a small table holds a scan's keys; it stays in the processor's cache (every look-up
    /// probes a random slot: in a 2 MB table most probes missed it) and its pages are touched once.
    /// </summary>
    private const int MaxEntries = 1 << 13;

    /// <summary>Twice <see cref="MaxEntries"/>: the table is at most half full, so probes are short.</summary>
    private const int TableSize = MaxEntries * 2;

    private const int MaxProbes = 8;

    /// <summary>Keys longer than this are folded without the cache (the tokenizer makes none longer than 40).</summary>
    private const int MaxKeyLength = 64;

    [ThreadStatic]
    private static NameKeyCache? t_current;

    private readonly Entry[] _table = new Entry[TableSize];
    private int _count;

    /// <summary>The calling thread's cache, kept between documents (keys are the same for every document).</summary>
    public static NameKeyCache ForCurrentThread() => t_current ??= new NameKeyCache();

    /// <summary>The same key as <see cref="NameText.Fold"/>, allocated only the first time it is seen.</summary>
    public string Fold(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxKeyLength)
        {
            return NameText.Fold(word);
        }

        var hash = 2166136261u; // FNV-1a over the lower-cased characters
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (c >= 128)
            {
                return NameText.Fold(word); // not ASCII: diacritics are removed there
            }

            c = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            hash = (hash ^ c) * 16777619u;
        }

        // The word is compared with the lower-case keys ignoring ASCII case, so it is lower-cased into a buffer only
        // when its key is new.
        var slot = (int)(hash & (TableSize - 1));
        for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & (TableSize - 1))
        {
            ref var entry = ref _table[slot];
            if (entry.Key is null)
            {
                return Add(ref entry, Lower(word), hash);
            }

            if (entry.Hash == hash && System.Text.Ascii.EqualsIgnoreCase(entry.Key, word))
            {
                return entry.Key;
            }
        }

        return Lower(word);
    }

    /// <summary>The ASCII <paramref name="word"/> lower-cased (ToLowerInvariant is the same for ASCII).</summary>
    private static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[MaxKeyLength];
        System.Text.Ascii.ToLower(word, lower, out var written);
        return lower[..written].ToString();
    }

    private string Add(ref Entry entry, string key, uint hash)
    {
        if (_count >= MaxEntries)
        {
            // Starts afresh rather than filling up: the words of the current page come back as they are seen.
            Array.Clear(_table);
            _count = 0;
            entry = ref _table[(int)(hash & (TableSize - 1))];
        }

        entry = new Entry(key, hash);
        _count++;
        return key;
    }

    /// <summary>A plain struct, not a record: a record would print its key, a word of the page.</summary>
    private readonly struct Entry(string key, uint hash)
    {
        public string? Key { get; } = key;

        public uint Hash { get; } = hash;
    }
}
