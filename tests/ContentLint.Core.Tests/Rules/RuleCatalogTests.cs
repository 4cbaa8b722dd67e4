using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Rules;

public sealed class RuleCatalogTests
{
    private static readonly string[] ExpectedIds =
    [
        .. Enumerable.Range(1, 18).Select(i => $"PHI{i:000}"),
        .. Enumerable.Range(1, 5).Select(i => $"CON{i:000}"),
        .. Enumerable.Range(1, 7).Select(i => $"WEB{i:000}"),
    ];

    [Fact]
    public void Catalog_has_every_PHI_CON_and_WEB_rule_exactly_once_in_order()
    {
        Assert.Equal(ExpectedIds, RuleCatalog.Default.Rules.Select(r => r.Id));
        Assert.Equal(ExpectedIds.Length, RuleCatalog.Default.Ids.Count);
    }

    [Fact]
    public void Names_are_unique_and_kebab_case()
    {
        var names = RuleCatalog.Default.Rules.Select(r => r.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", n));
    }

    [Fact]
    public void Find_ignores_case_and_returns_null_for_unknown_ids()
    {
        Assert.Equal("telephone-number", RuleCatalog.Default.Find("phi004")?.Name);
        Assert.Contains("con005", RuleCatalog.Default.Ids);
        Assert.Null(RuleCatalog.Default.Find("PHI019"));
    }

    [Fact]
    public void Default_is_loaded_once()
    {
        Assert.Same(RuleCatalog.Default, RuleCatalog.Default);
    }

    [Fact]
    public void Registry_builds_detectors_covering_exactly_the_implemented_text_rules()
    {
        // Every PHI rule, and the one WEB rule that reads text (a reply to a review); the other WEB rules read markup in the pipeline.
        var covered = DetectorRegistry.CreateAll(RuleCatalog.Default).SelectMany(d => d.RuleIds).Distinct().Order(StringComparer.Ordinal);
        var implemented = RuleCatalog.Default.Rules.Where(r => r.Implemented && (r.Id.StartsWith("PHI", StringComparison.Ordinal) || r.Id == "WEB007")).Select(r => r.Id);

        Assert.Equal(implemented, covered);
    }

    [Fact]
    public void Consent_rules_are_implemented_by_the_consent_evaluator()
    {
        Assert.All(RuleCatalog.Default.Rules.Where(r => r.Id.StartsWith("CON", StringComparison.Ordinal)), rule => Assert.True(rule.Implemented, rule.Id));
    }

    [Theory]
    [InlineData("PHI001", "name")]
    [InlineData("PHI002", "location")]
    [InlineData("PHI003", "date")]
    [InlineData("PHI004", "contact")]
    [InlineData("PHI005", "contact")]
    [InlineData("PHI006", "contact")]
    [InlineData("PHI007", "id")]
    [InlineData("PHI013", "id")]
    [InlineData("PHI014", null)]
    [InlineData("PHI015", null)]
    [InlineData("PHI016", null)]
    [InlineData("PHI017", "photo")]
    [InlineData("PHI018", "id")]
    [InlineData("CON001", null)]
    public void Consent_scope_follows_the_contract(string id, string? scope) =>
        Assert.Equal(scope, RuleCatalog.Default.Find(id)!.Scope);

    [Fact]
    public void PHI_rules_cite_their_Safe_Harbor_item_letter_in_order()
    {
        var phi = RuleCatalog.Default.Rules.Where(r => r.Id.StartsWith("PHI", StringComparison.Ordinal)).ToList();

        for (var i = 0; i < phi.Count; i++)
        {
            var letter = ((char)('A' + i)).ToString();
            Assert.Equal(letter, phi[i].SafeHarborItem);
            Assert.Contains($"164.514(b)(2)(i)({letter})", phi[i].Rationale, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_uris_point_to_the_rule_anchor_of_the_readme()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("rules/README.md"));

        Assert.All(RuleCatalog.Default.Rules, rule =>
        {
            var anchor = rule.Id.ToLowerInvariant();
            Assert.Equal($"https://github.com/contentlint/contentlint/blob/main/rules/README.md#{anchor}", rule.HelpUri.AbsoluteUri);
            Assert.Contains($"\n### {rule.Id}\n", readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Fix_text_of_PHI_rules_shows_the_suppression_comment()
    {
        Assert.All(RuleCatalog.Default.Rules.Where(r => r.Id.StartsWith("PHI", StringComparison.Ordinal)), rule =>
            Assert.Contains($"<!-- contentlint-disable-next-line {rule.Id} -- reason -->", rule.Fix, StringComparison.Ordinal));
    }

    [Fact]
    public void Messages_are_short_and_every_rule_has_a_default_severity()
    {
        Assert.All(RuleCatalog.Default.Rules, rule =>
        {
            Assert.InRange(rule.Message.Length, 10, 80);
            Assert.True(Enum.IsDefined(rule.DefaultSeverity));
        });
        Assert.Equal(Severity.Error, RuleCatalog.Default.Find("PHI004")!.DefaultSeverity);
    }

    [Theory]
    [InlineData("rules: [{id: PHI001}]", "PHI001: 'name' is required")]
    [InlineData("rules: [{id: phi1}]", "'id' must be three upper-case letters")]
    [InlineData("rules: [", "not valid YAML")]
    [InlineData("version: 1", "no 'rules' list")]
    public void Invalid_catalog_text_names_the_entry_and_field(string yaml, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => RuleCatalog.Parse(yaml));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
