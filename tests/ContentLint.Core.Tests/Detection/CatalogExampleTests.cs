using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection;

public sealed class CatalogExampleTests
{
    // Page-level consent rules have no text samples: tests/ContentLint.Cli.Tests/ConsentTests.cs covers them with whole pages.
    // WEB rules have whole-page samples, which go through the scanner (Web/PageExampleHarness).
    public static TheoryData<string, string, bool> Examples()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var rule in RuleCatalog.Default.Rules.Where(r => r.Implemented && r.Detector != "consent"))
        {
            foreach (var sample in rule.Examples.Match)
            {
                data.Add(rule.Id, sample, true);
            }

            foreach (var sample in rule.Examples.NoMatch)
            {
                data.Add(rule.Id, sample, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Catalog_example_yields_exactly_its_marked_spans_for_its_rule(string ruleId, string sample, bool isMatch)
    {
        var (expected, actual) = ruleId.StartsWith("WEB", StringComparison.Ordinal)
            ? Web.PageExampleHarness.Compare(sample, ruleId)
            : DetectorHarness.Compare(sample, ruleId);

        Assert.Equal(isMatch, expected.Count > 0);
        Assert.Equal(expected, actual.Where(s => s.RuleId == ruleId));
    }

    [Fact]
    public void Every_implemented_rule_has_match_and_no_match_examples()
    {
        foreach (var rule in RuleCatalog.Default.Rules.Where(r => r.Implemented && r.Detector != "consent"))
        {
            Assert.True(rule.Examples.Match.Count >= 3, $"{rule.Id} needs match examples");
            Assert.True(rule.Examples.NoMatch.Count >= 3, $"{rule.Id} needs noMatch examples");
        }
    }

    [Fact]
    public void Every_WEB_rule_has_five_match_and_five_no_match_pages()
    {
        Assert.All(RuleCatalog.Default.Rules.Where(r => r.Id.StartsWith("WEB", StringComparison.Ordinal)), rule =>
        {
            Assert.True(rule.Examples.Match.Count >= 5, $"{rule.Id} needs 5 match examples");
            Assert.True(rule.Examples.NoMatch.Count >= 5, $"{rule.Id} needs 5 noMatch examples");
        });
    }
}
