namespace ContentLint.Cli.Tests.Corpus;

/// <summary>
/// Compares scanner results with gold labels as the corpus README prescribes: a result matches a label of the same site,
/// file and rule whose span it overlaps (consent rules: same site, file and rule, position ignored); each label and each
/// result is matched at most once. Unmatched labels are misses, unmatched results false positives.
/// </summary>
internal static class CorpusMatcher
{
    /// <summary>Consent findings are page-level: they are compared by file and rule only.</summary>
    public const string ConsentRulePrefix = "CON";

    /// <summary>Scores <paramref name="rules"/> only: labels and results of any other rule are left out.</summary>
    public static CorpusEvaluation Evaluate(
        IReadOnlyList<string> rules,
        IEnumerable<GoldLabel> labels,
        IEnumerable<HardNegative> negatives,
        IEnumerable<ScanResult> results)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var scored = rules.ToHashSet(StringComparer.Ordinal);
        var scoredLabels = labels.Where(l => scored.Contains(l.Rule)).ToList();
        var scoredResults = results.Where(r => scored.Contains(r.Rule)).ToList();
        var negativeList = negatives.ToList();

        var matchedLabels = new HashSet<GoldLabel>(ReferenceEqualityComparer.Instance);
        var matchedResults = new HashSet<ScanResult>(ReferenceEqualityComparer.Instance);
        var resultGroups = scoredResults.GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var labelGroup in scoredLabels.GroupBy(Key))
        {
            if (resultGroups.TryGetValue(labelGroup.Key, out var candidates))
            {
                foreach (var (result, label) in MaximumMatching(candidates, [.. labelGroup]))
                {
                    matchedResults.Add(result);
                    matchedLabels.Add(label);
                }
            }
        }

        var misses = scoredLabels.Where(l => !matchedLabels.Contains(l)).ToList();
        var falsePositives = scoredResults
            .Where(r => !matchedResults.Contains(r))
            .Select(r => new FalsePositive(r, NegativeKinds(r, negativeList)))
            .ToList();
        var scores = rules
            .Select(rule => new RuleScore(
                rule,
                matchedLabels.Count(l => l.Rule == rule),
                falsePositives.Count(f => f.Result.Rule == rule),
                misses.Count(l => l.Rule == rule)))
            .ToList();
        return new CorpusEvaluation(scores, misses, falsePositives);
    }

    /// <summary>Every result that overlaps a hard negative of the same site and file, paired with that negative.</summary>
    public static IEnumerable<(ScanResult Result, HardNegative Negative)> NegativeHits(
        IEnumerable<ScanResult> results,
        IReadOnlyCollection<HardNegative> negatives)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            foreach (var negative in negatives)
            {
                if (negative.Site == result.Site && negative.File == result.File && result.Region?.Overlaps(negative.Span) == true)
                {
                    yield return (result, negative);
                }
            }
        }
    }

    public static bool Matches(ScanResult result, GoldLabel label)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(label);
        if (Key(result) != Key(label))
        {
            return false;
        }

        if (label.Rule.StartsWith(ConsentRulePrefix, StringComparison.Ordinal))
        {
            return true;
        }

        return label.Span is { } span && result.Region is { } region && region.Overlaps(span);
    }

    private static string? NegativeKinds(ScanResult result, IReadOnlyCollection<HardNegative> negatives)
    {
        var kinds = NegativeHits([result], negatives).Select(hit => hit.Negative.Kind).Distinct(StringComparer.Ordinal).ToList();
        return kinds.Count == 0 ? null : string.Join(", ", kinds);
    }

    /// <summary>
    /// A maximum one-to-one matching (Kuhn's augmenting paths), so that a result overlapping two labels never steals
    /// the only label another result could match. Results are tried in report order, which keeps the outcome stable.
    /// </summary>
    private static List<(ScanResult Result, GoldLabel Label)> MaximumMatching(List<ScanResult> results, List<GoldLabel> labels)
    {
        var edges = results.Select(r => labels.Select((l, i) => (l, i)).Where(x => Matches(r, x.l)).Select(x => x.i).ToList()).ToList();
        var resultOfLabel = Enumerable.Repeat(-1, labels.Count).ToArray();
        for (var r = 0; r < results.Count; r++)
        {
            TryAugment(r, edges, resultOfLabel, new bool[labels.Count]);
        }

        return [.. resultOfLabel
            .Select((r, l) => (r, l))
            .Where(x => x.r >= 0)
            .OrderBy(x => x.r)
            .Select(x => (results[x.r], labels[x.l]))];
    }

    private static bool TryAugment(int result, List<List<int>> edges, int[] resultOfLabel, bool[] visited)
    {
        foreach (var label in edges[result])
        {
            if (visited[label])
            {
                continue;
            }

            visited[label] = true;
            if (resultOfLabel[label] < 0 || TryAugment(resultOfLabel[label], edges, resultOfLabel, visited))
            {
                resultOfLabel[label] = result;
                return true;
            }
        }

        return false;
    }

    private static (string, string, string) Key(GoldLabel label) => (label.Site, label.File, label.Rule);

    private static (string, string, string) Key(ScanResult result) => (result.Site, result.File, result.Rule);
}
