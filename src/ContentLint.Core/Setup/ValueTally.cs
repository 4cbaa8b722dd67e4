namespace ContentLint.Core.Setup;

/// <summary>Counts, per rule and normalized value, on how many distinct files a value was seen, and how it was written.</summary>
internal sealed class ValueTally
{
    private readonly Dictionary<(string Rule, string Key), (Dictionary<string, int> Displays, HashSet<string> Files)> _values = [];

    public void Add(string ruleId, string key, string display, string file)
    {
        if (!_values.TryGetValue((ruleId, key), out var entry))
        {
            entry = (new Dictionary<string, int>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            _values[(ruleId, key)] = entry;
        }

        entry.Displays[display] = entry.Displays.GetValueOrDefault(display) + 1;
        entry.Files.Add(file);
    }

    public bool Contains(string ruleId, string key) => _values.ContainsKey((ruleId, key));

    /// <summary>The values of a rule, most widespread first, each shown as it is most often written.</summary>
    public IEnumerable<(string Key, string Display, int Pages, string Where)> Values(string ruleId) =>
        _values.Where(e => e.Key.Rule == ruleId)
            .Select(e => (Key: e.Key.Key, Display: e.Value.Displays.MaxBy(d => d.Value).Key, Pages: e.Value.Files.Count, Where: e.Value.Files.Order(StringComparer.Ordinal).First()))
            .OrderByDescending(v => v.Pages)
            .ThenBy(v => v.Key, StringComparer.Ordinal);
}
