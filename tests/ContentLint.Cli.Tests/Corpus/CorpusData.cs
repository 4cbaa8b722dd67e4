using System.Text.Json;

namespace ContentLint.Cli.Tests.Corpus;

/// <summary>The labels of the corpus: gold.jsonl and gold-consent.jsonl as <see cref="GoldLabel"/>s, and negatives.jsonl.</summary>
internal sealed record CorpusData(IReadOnlyList<string> Sites, IReadOnlyList<GoldLabel> Labels, IReadOnlyList<HardNegative> Negatives)
{
    public static CorpusData Load(string corpusPath)
    {
        var sites = Directory.GetDirectories(Path.Combine(corpusPath, "sites"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
        var spanLabels = ReadLines(Path.Combine(corpusPath, "gold.jsonl"), e => new GoldLabel(
            Text(e, "site"), Text(e, "file"), Text(e, "rule"), Span(e)));
        var consentLabels = ReadLines(Path.Combine(corpusPath, "gold-consent.jsonl"), e => new GoldLabel(
            Text(e, "site"), Text(e, "file"), Text(e, "rule"), null));
        var negatives = ReadLines(Path.Combine(corpusPath, "negatives.jsonl"), e => new HardNegative(
            Text(e, "site"), Text(e, "file"), Span(e), Text(e, "kind")));
        return new CorpusData(sites, [.. spanLabels, .. consentLabels], negatives);
    }

    private static List<T> ReadLines<T>(string path, Func<JsonElement, T> read)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var items = new List<T>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                items.Add(read(document.RootElement));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}({lineNumber}): not a valid label: {ex.Message}", ex);
            }
        }

        return items;
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()
        ?? throw new InvalidOperationException($"'{name}' is null");

    private static LineSpan Span(JsonElement element) => new(
        element.GetProperty("line").GetInt32(),
        element.GetProperty("start_col").GetInt32(),
        element.GetProperty("end_col").GetInt32());
}
