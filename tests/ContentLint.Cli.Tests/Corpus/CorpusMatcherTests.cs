namespace ContentLint.Cli.Tests.Corpus;

public sealed class CorpusMatcherTests
{
    private static readonly string[] Phone = ["PHI004"];

    [Fact]
    public void Overlapping_result_matches_but_adjacent_results_do_not()
    {
        var label = Label(3, 10, 20);
        var results = new[] { Result(3, 5, 10), Result(3, 19, 21), Result(3, 20, 25) };

        var evaluation = CorpusMatcher.Evaluate(Phone, [label], [], results);

        Assert.Equal(new RuleScore("PHI004", 1, 2, 0), Assert.Single(evaluation.Scores));
        Assert.Equal([results[0], results[2]], evaluation.FalsePositives.Select(f => f.Result));
    }

    [Fact]
    public void Result_on_another_line_file_site_or_rule_does_not_match()
    {
        var label = Label(3, 10, 20);
        var results = new[]
        {
            Result(4, 10, 20),
            Result(3, 10, 20) with { File = "b.md" },
            Result(3, 10, 20) with { Site = "other" },
            Result(3, 10, 20) with { Rule = "PHI005" },
            Result(3, 10, 20) with { Region = null },
        };

        var evaluation = CorpusMatcher.Evaluate(["PHI004", "PHI005"], [label], [], results);

        Assert.Equal([label], evaluation.Misses);
        Assert.Equal(5, evaluation.FalsePositives.Count);
    }

    [Fact]
    public void Each_label_is_matched_once_and_a_second_overlapping_result_is_a_false_positive()
    {
        var evaluation = CorpusMatcher.Evaluate(Phone, [Label(1, 1, 10)], [], [Result(1, 1, 5), Result(1, 4, 10)]);

        Assert.Equal(new RuleScore("PHI004", 1, 1, 0), evaluation.Scores[0]);
    }

    [Fact]
    public void Each_result_matches_at_most_one_label_and_leaves_the_other_a_miss()
    {
        var second = Label(1, 6, 10);

        var evaluation = CorpusMatcher.Evaluate(Phone, [Label(1, 1, 5), second], [], [Result(1, 1, 10)]);

        Assert.Equal(new RuleScore("PHI004", 1, 0, 1), evaluation.Scores[0]);
        Assert.Equal([second], evaluation.Misses);
    }

    [Fact]
    public void Matching_is_maximal_when_a_wide_result_comes_first()
    {
        var evaluation = CorpusMatcher.Evaluate(Phone, [Label(1, 1, 5), Label(1, 6, 10)], [], [Result(1, 1, 10), Result(1, 2, 3)]);

        Assert.Equal(new RuleScore("PHI004", 2, 0, 0), evaluation.Scores[0]);
    }

    [Fact]
    public void Labels_and_results_of_rules_not_scored_are_ignored()
    {
        var evaluation = CorpusMatcher.Evaluate(Phone, [Label(1, 1, 5) with { Rule = "PHI001" }], [], [Result(9, 1, 5) with { Rule = "PHI001" }]);

        Assert.Equal(new RuleScore("PHI004", 0, 0, 0), Assert.Single(evaluation.Scores));
        Assert.Null(evaluation.Scores[0].Precision);
        Assert.Null(evaluation.Scores[0].Recall);
    }

    [Fact]
    public void Consent_labels_match_by_file_and_rule_whatever_the_position()
    {
        var label = new GoldLabel("site", "a.md", "CON001", null);

        var evaluation = CorpusMatcher.Evaluate(
            ["CON001"],
            [label],
            [],
            [Result(1, 1, 4) with { Rule = "CON001" }, Result(1, 1, 4) with { Rule = "CON001", File = "b.md" }, Result(2, 1, 2) with { Rule = "CON001" }]);

        Assert.Equal(new RuleScore("CON001", 1, 2, 0), evaluation.Scores[0]);
        Assert.Equal(["b.md", "a.md"], evaluation.FalsePositives.Select(f => f.Result.File));
    }

    [Fact]
    public void False_positive_names_the_hard_negative_it_overlaps_but_not_an_adjacent_one()
    {
        HardNegative[] negatives = [new("site", "a.md", new LineSpan(2, 1, 8), "org-phone"), new("site", "a.md", new LineSpan(3, 1, 8), "price")];

        var evaluation = CorpusMatcher.Evaluate(Phone, [], negatives, [Result(2, 7, 9), Result(3, 8, 12)]);

        Assert.Equal(["org-phone", null], evaluation.FalsePositives.Select(f => f.NegativeKind));
    }

    [Theory]
    [InlineData(4, 10, 20, true)]
    [InlineData(4, 1, 10, false)]
    [InlineData(5, 1, 200, true)]
    [InlineData(6, 1, 5, true)]
    [InlineData(6, 5, 9, false)]
    [InlineData(7, 1, 9, false)]
    public void A_region_over_several_lines_covers_the_tail_of_its_first_line_to_the_head_of_its_last(int line, int start, int end, bool overlaps)
    {
        var region = new ResultRegion(4, 10, 6, 5);

        Assert.Equal(overlaps, region.Overlaps(new LineSpan(line, start, end)));
    }

    [Fact]
    public void Json_report_is_read_into_findings_and_tool_problems()
    {
        const string json = """
            {
              "version": 1,
              "diagnostics": [
                { "ruleId": "PHI004", "kind": "finding", "path": "posts/a.md", "region": { "startLine": 5, "startColumn": 12, "endLine": 5, "endColumn": 24 }, "message": "x" },
                { "ruleId": "CON001", "kind": "finding", "path": "posts/a.md", "region": null, "message": "x" },
                { "ruleId": "CL1001", "kind": "problem", "path": "b.bin", "region": null, "message": "binary file" }
              ]
            }
            """;

        var scan = CorpusScanner.Parse("site", json);

        Assert.Equal(
            [new ScanResult("site", "posts/a.md", "PHI004", new ResultRegion(5, 12, 5, 24)), new ScanResult("site", "posts/a.md", "CON001", null)],
            scan.Results);
        Assert.Contains("CL1001", Assert.Single(scan.Problems), StringComparison.Ordinal);
    }

    private static GoldLabel Label(int line, int start, int end) => new("site", "a.md", "PHI004", new LineSpan(line, start, end));

    private static ScanResult Result(int line, int start, int end) => new("site", "a.md", "PHI004", new ResultRegion(line, start, line, end));
}
