namespace ContentLint.Cli.Tests.Corpus;

/// <summary>
/// The text at a gold label's position, read from the site's file. It is PHI by construction (fictional, but treated as
/// real): never print <see cref="Text"/>; name a value by <see cref="Label"/> instead.
/// </summary>
internal sealed record GoldText(GoldLabel Label, string Text)
{
    /// <summary>Where the value sits, safe to print: site/file:line:[start,end) rule.</summary>
    public string Position => $"{Label.Site}/{Label.File}:{Label.Span} {Label.Rule}";

    // The text must not leak into test logs through the record's generated ToString.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(Position);
        return true;
    }

    /// <summary>The texts of the span labels of <paramref name="site"/> that are at least <paramref name="minimumLength"/> long.</summary>
    public static IReadOnlyList<GoldText> Read(CorpusData data, string sitePath, string site, int minimumLength)
    {
        var lines = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var texts = new List<GoldText>();
        foreach (var label in data.Labels.Where(l => l.Site == site && l.Span is not null))
        {
            if (!lines.TryGetValue(label.File, out var fileLines))
            {
                // ReadAllText drops a BOM; the corpus README counts UTF-16 columns of each line without its terminator.
                fileLines = File.ReadAllText(Path.Combine(sitePath, label.File)).ReplaceLineEndings("\n").Split('\n');
                lines[label.File] = fileLines;
            }

            var span = label.Span!;
            var line = fileLines[span.Line - 1];
            var text = line[(span.StartColumn - 1)..Math.Min(line.Length, span.EndColumn - 1)];
            if (text.Length >= minimumLength)
            {
                texts.Add(new GoldText(label, text));
            }
        }

        return texts;
    }
}
