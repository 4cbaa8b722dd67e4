using System.Collections.Frozen;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Rules;

/// <summary>The span-based loader against the line-by-line reading it replaced, on every embedded dictionary.</summary>
public sealed class WordListsTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in typeof(WordLists).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("ContentLint.rules.dictionaries.", StringComparison.Ordinal)))
        {
            data.Add(name["ContentLint.rules.dictionaries.".Length..]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_and_LoadWeighted_match_the_line_reader(string fileName)
    {
        var entries = OldReadEntries(fileName);
        var set = entries.Select(e => e.Word).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var weighted = entries.GroupBy(e => e.Word, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Max(e => e.Weight), StringComparer.OrdinalIgnoreCase);

        var loaded = WordLists.Load(fileName);
        Assert.Equal(set.ToArray(), loaded.ToArray());
        Assert.Equal(set.Comparer, loaded.Comparer);
        var loadedWeighted = WordLists.LoadWeighted(fileName);
        Assert.Equal(weighted.ToArray(), loadedWeighted.ToArray());
        Assert.Equal(weighted.Comparer, loadedWeighted.Comparer);
    }

    private static List<(string Word, long Weight)> OldReadEntries(string fileName)
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream("ContentLint.rules.dictionaries." + fileName)!;
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
