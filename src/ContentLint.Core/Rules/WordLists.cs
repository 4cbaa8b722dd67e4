using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace ContentLint.Core.Rules;

/// <summary>
/// Word lists from rules/dictionaries/*.txt, embedded into this assembly and loaded once on first use.
/// Format: one entry per line; blank lines and lines starting with <c>#</c> are ignored; an optional
/// tab-separated second column carries a number (e.g. a frequency) that <see cref="LoadWeighted"/> reads.
/// </summary>
public static class WordLists
{
    private const string Prefix = "ContentLint.rules.dictionaries.";
    private static readonly ConcurrentDictionary<string, Lazy<FrozenSet<string>>> Sets = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<FrozenDictionary<string, long>>> Weighted = new(StringComparer.Ordinal);

    /// <summary>The entries of <c>rules/dictionaries/<paramref name="fileName"/></c>, compared case-insensitively.</summary>
    public static FrozenSet<string> Load(string fileName) =>
        Sets.GetOrAdd(fileName, name => new Lazy<FrozenSet<string>>(
            () => ReadEntries(name).Select(e => e.Word).ToFrozenSet(StringComparer.OrdinalIgnoreCase))).Value;

    /// <summary>The entries with their numeric second column (0 when absent), compared case-insensitively.</summary>
    public static FrozenDictionary<string, long> LoadWeighted(string fileName) =>
        Weighted.GetOrAdd(fileName, name => new Lazy<FrozenDictionary<string, long>>(
            () => ReadEntries(name)
                .GroupBy(e => e.Word, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(g => g.Key, g => g.Max(e => e.Weight), StringComparer.OrdinalIgnoreCase))).Value;

    private static List<(string Word, long Weight)> ReadEntries(string fileName)
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"The dictionary rules/dictionaries/{fileName} is not embedded in ContentLint.Core.");
        using var reader = new StreamReader(stream);
        var entries = new List<(string Word, long Weight)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var word = (tab < 0 ? line : line[..tab]).Trim();
            var weight = tab >= 0 && long.TryParse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : 0;
            if (word.Length > 0)
            {
                entries.Add((word, weight));
            }
        }

        return entries;
    }
}
