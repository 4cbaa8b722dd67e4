using ContentLint.Core.Config;

namespace ContentLint.Core.Tests.Config;

public sealed class ConfigLoaderValidTests
{
    [Theory]
    [InlineData("empty.yml")]
    [InlineData("comments-only.yml")]
    public void An_empty_file_gives_the_defaults_with_its_folder_as_base(string fixture)
    {
        var path = ConfigFixtures.Valid(fixture);

        var config = ConfigLoader.Load(path, ConfigFixtures.KnownRuleIds);

        Assert.Equal(path, config.SourcePath);
        Assert.Equal(Path.GetDirectoryName(path), config.BaseDirectory);
        Assert.Equal(ContentLintConfig.DefaultIncludePatterns, config.Include.Select(g => g.Pattern));
        Assert.Equal(ContentLintConfig.DefaultExcludePatterns, config.Exclude.Select(g => g.Pattern));
        Assert.Empty(config.Allow);
        Assert.Empty(config.RuleSeverities);
    }

    [Fact]
    public void Defaults_match_the_contract()
    {
        var config = ContentLintConfig.Default("/repo");

        Assert.Null(config.SourcePath);
        Assert.Equal("/repo", config.BaseDirectory);
        Assert.Equal(ContentLintConfig.DefaultIncludePatterns, config.Include.Select(g => g.Pattern));
        Assert.Equal("**/*.[mM][dD]", config.Include[0].Pattern);
        Assert.Equal(ContentLintConfig.DefaultExcludePatterns, config.Exclude.Select(g => g.Pattern));
        Assert.Equal(["node_modules/**", "vendor/**", "_site/**", "public/**"], config.Exclude.Take(4).Select(g => g.Pattern));
        Assert.Null(config.SeverityFor("PHI001"));
    }

    [Fact]
    public void The_contract_example_loads_every_section()
    {
        var config = ConfigLoader.Load(ConfigFixtures.Valid("full.yml"), ConfigFixtures.KnownRuleIds);

        Assert.Equal(["Riverside Family Dental"], config.Organization.Names);
        Assert.Equal(["(555) 201-3300"], config.Organization.Phones);
        Assert.Equal(["(555) 201-3301"], config.Organization.Faxes);
        Assert.Equal(["frontdesk@riversidedental.example", "*@riversidedental.example"], config.Organization.Emails);
        Assert.Equal(["120 Main Street, Springfield, IL 62701"], config.Organization.Addresses);
        Assert.Equal(["riversidedental.example"], config.Organization.Domains);
        Assert.Equal(["Dr. Maria Lopez", "Jamal Carter, RDH"], config.Staff);
        Assert.Equal(["Maria Lopez"], config.PrivacyReviewers);
        Assert.Equal(["content/testimonials/**", "content/case-studies/**"], config.Consent.RequiredPaths.Select(g => g.Pattern));
        Assert.Equal(["Jane Doe"], config.Allow.Select(a => a.Text));
        Assert.Equal(RuleSeverity.Warning, config.SeverityFor("PHI003"));
        Assert.Null(config.SeverityFor("PHI004"));
        Assert.True(config.Consent.RequiredPaths[0].IsMatch("content/testimonials/2026/knee.md"));
    }

    [Fact]
    public void Empty_sections_keep_defaults_and_severities_are_case_insensitive()
    {
        var config = ConfigLoader.Load(ConfigFixtures.Valid("starter.yml"), ConfigFixtures.KnownRuleIds);

        Assert.Same(OrganizationOptions.Empty, config.Organization);
        Assert.Empty(config.Staff);
        Assert.Empty(config.Consent.RequiredPaths);
        Assert.Equal(RuleSeverity.Off, config.SeverityFor("PHI015"));
        Assert.Equal(RuleSeverity.Note, config.SeverityFor("CON001"));
        Assert.Equal(RuleSeverity.Error, config.SeverityFor("PHI001"));
        Assert.True(config.Allow[0].Matches("Dr. Smith"));
        Assert.True(config.Allow[1].Matches("JANE\n  DOE"));
    }

    [Fact]
    public void A_yaml_extension_and_block_lists_with_root_prefixes_load()
    {
        var config = ConfigLoader.Load(ConfigFixtures.Valid("block-style.yaml"), ConfigFixtures.KnownRuleIds);

        Assert.True(config.Include.Single().IsMatch("content/posts/a.html"));
        Assert.True(config.Exclude.Single().IsMatch("content/drafts/x.md"));
        Assert.False(config.Include.Single().IsMatch("docs/a.md"));
    }

    [Fact]
    public void Parse_uses_the_given_display_path_and_base_folder()
    {
        var config = ConfigLoader.Parse("staff: [\"Dr. Lee\"]\n", "site/.contentlint.yml", "/repo/site", ConfigFixtures.KnownRuleIds);

        Assert.Equal("site/.contentlint.yml", config.SourcePath);
        Assert.Equal("/repo/site", config.BaseDirectory);
        Assert.Equal(["Dr. Lee"], config.Staff);
    }
}
