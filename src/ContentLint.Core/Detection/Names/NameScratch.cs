namespace ContentLint.Core.Detection.Names;

/// <summary>
/// The token list and known-name set of one <see cref="NameDetector.Detect"/> call, reused by the next call on the
/// same thread: made anew for every page, their arrays (the token list's reaching the large object heap) cost more in
/// allocation and garbage collection than the tokenizer in its work.
/// </summary>
internal sealed class NameScratch
{
    /// <summary>A token list this large (1.5 MB) is not kept: one huge page would pin its array for the whole run.</summary>
    private const int MaxKeptTokens = 1 << 16;

    /// <summary>Likewise for a page that named this many distinct name words.</summary>
    private const int MaxKeptKnown = 1 << 12;

    [ThreadStatic]
    private static NameScratch? t_free;

    public List<NameToken> Tokens { get; } = [];

    public HashSet<string> Known { get; } = new(StringComparer.Ordinal);

    /// <summary>The capitalized words of the page's scanned segments, in segment and text order.</summary>
    public List<CapitalizedWord> Capitalized { get; } = [];

    /// <summary>The thread's scratch, empty; it is not handed out again until <see cref="Return"/>.</summary>
    public static NameScratch Rent()
    {
        var scratch = t_free ?? new NameScratch();
        t_free = null;
        return scratch;
    }

    /// <summary>Empties <paramref name="scratch"/> (so no page's words stay referenced) and keeps it unless it grew too large.</summary>
    public static void Return(NameScratch scratch)
    {
        if (scratch.Tokens.Capacity > MaxKeptTokens || scratch.Known.Count > MaxKeptKnown || scratch.Capitalized.Capacity > MaxKeptTokens)
        {
            return;
        }

        scratch.Tokens.Clear();
        scratch.Known.Clear();
        scratch.Capitalized.Clear();
        t_free = scratch;
    }
}
