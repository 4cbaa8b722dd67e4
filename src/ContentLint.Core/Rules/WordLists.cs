using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;

namespace ContentLint.Core.Rules;

/// <summary>
/// Word lists from rules/dictionaries/*.txt, embedded into this assembly and loaded once on first use.
/// Format: one entry per line; blank lines and lines starting with <c>#</c> are ignored; an optional
/// tab-separated second column carries a number (e.g. a frequency) that <see cref="LoadWeighted"/> reads.
/// </summary>
/// <remarks>
/// Every scan (and so every pre-commit hook run) loads the name dictionaries, about 50,000 lines: each file is read
/// once as UTF-8 bytes, only the words become strings, and <see cref="Load"/> and <see cref="LoadWeighted"/> of the
/// same file share that one parse.
/// </remarks>
public static class WordLists
{
    private const string Prefix = "ContentLint.rules.dictionaries.";
    private static readonly ConcurrentDictionary<string, Lazy<Dictionary<string, long>>> Entries = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<FrozenSet<string>>> Sets = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<FrozenDictionary<string, long>>> Weighted = new(StringComparer.Ordinal);

    /// <summary>The entries of <c>rules/dictionaries/<paramref name="fileName"/></c>, compared case-insensitively.</summary>
    public static FrozenSet<string> Load(string fileName) =>
        Sets.GetOrAdd(fileName, name => new Lazy<FrozenSet<string>>(
            () => Parsed(name).Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase))).Value;

    /// <summary>The entries with their numeric second column (0 when absent), compared case-insensitively.</summary>
    public static FrozenDictionary<string, long> LoadWeighted(string fileName) =>
        Weighted.GetOrAdd(fileName, name => new Lazy<FrozenDictionary<string, long>>(
            () => Parsed(name).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase))).Value;

    /// <summary>
    /// The words of one file (the first spelling of words equal but for case) with the largest number given for
    /// them, in the order of their first line.
    /// </summary>
    private static Dictionary<string, long> Parsed(string fileName) =>
        Entries.GetOrAdd(fileName, name => new Lazy<Dictionary<string, long>>(() => ReadEntries(name))).Value;

    private static Dictionary<string, long> ReadEntries(string fileName)
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"The dictionary rules/dictionaries/{fileName} is not embedded in ContentLint.Core.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        // Sized for one entry a line: growing a 30,000-entry table by doubling allocates (and collects) it many times.
        var entries = new Dictionary<string, long>(text.AsSpan().Count('\n') + 1, StringComparer.OrdinalIgnoreCase);
        var lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = text.AsSpan();
        if (rest.Length > 0 && rest[0] == '\uFEFF')
        {
            rest = rest[1..]; // StreamReader skipped a byte order mark
        }

        while (rest.Length > 0)
        {
            // Line ends as StreamReader.ReadLine sees them: \n, \r or \r\n.
            var lineEnd = rest.IndexOfAny('\r', '\n');
            var line = lineEnd < 0 ? rest : rest[..lineEnd];
            rest = lineEnd < 0 ? [] : rest[(lineEnd + (rest[lineEnd] == '\r' && lineEnd + 1 < rest.Length && rest[lineEnd + 1] == '\n' ? 2 : 1))..];
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            var word = (tab < 0 ? line : line[..tab]).Trim();
            var weight = tab >= 0 && long.TryParse(line[(tab + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : 0;
            if (word.Length == 0)
            {
                continue;
            }

            if (lookup.TryGetValue(word, out var known))
            {
                if (weight > known)
                {
                    lookup[word] = weight; // keeps the key of the first spelling
                }
            }
            else
            {
                entries.Add(word.ToString(), weight);
            }
        }

        return entries;
    }
}
