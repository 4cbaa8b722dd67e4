using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Rules;

public sealed class RulesReadmeTests
{
    private const string UpdateVariable = "CONTENTLINT_UPDATE_RULES";

    [Fact]
    public void Committed_rules_readme_matches_the_catalog()
    {
        var path = RepositoryFiles.PathOf("rules/README.md");
        var readme = File.ReadAllText(path);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            readme = RuleTableWriter.UpdateReadme(readme, RuleCatalog.Default);
            File.WriteAllText(path, readme);
        }

        var committed = RuleTableWriter.ExtractBlock(readme);
        var rendered = RuleTableWriter.Render(RuleCatalog.Default);

        Assert.True(committed == rendered,
            "rules/README.md is out of date with rules/catalog.yml. Regenerate the block between the markers with "
            + "`dotnet run --project src/ContentLint.Cli -- rules --format markdown`, or run this test with "
            + $"{UpdateVariable}=1 (`{UpdateVariable}=1 dotnet test tests/ContentLint.Core.Tests --filter RulesReadme`).");
    }

    [Fact]
    public void Top_level_readme_rule_table_matches_the_catalog()
    {
        var path = RepositoryFiles.PathOf("README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var rendered = RuleTableWriter.RenderTable(RuleCatalog.Default, linkPrefix: "rules/README.md#");
        var start = readme.IndexOf(RuleTableWriter.BeginMarker, StringComparison.Ordinal) + RuleTableWriter.BeginMarker.Length + 1;
        var end = readme.IndexOf(RuleTableWriter.EndMarker, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, string.Concat(readme.AsSpan(0, start), rendered, readme.AsSpan(end)));
            return;
        }

        Assert.True(start > RuleTableWriter.BeginMarker.Length && end >= start, "README.md lacks the rule table markers");
        Assert.True(readme[start..end] == rendered,
            $"The rule table in README.md is out of date with rules/catalog.yml: run {UpdateVariable}=1 dotnet test tests/ContentLint.Core.Tests --filter RulesReadme");
    }

    [Fact]
    public void Table_lists_every_rule_with_a_help_section()
    {
        var rendered = RuleTableWriter.Render(RuleCatalog.Default);

        Assert.Contains("| [PHI004](#phi004) | `telephone-number` | Telephone numbers | error | `contact` | yes |", rendered, StringComparison.Ordinal);
        Assert.Contains("| [PHI015](#phi015) | `ip-address` | Internet Protocol (IP) address numbers | error | none | yes |", rendered, StringComparison.Ordinal);
        Assert.Equal(RuleCatalog.Default.Rules.Count, rendered.Split("\n### ").Length - 1);
        Assert.Contains("- Call me at **(555) 201-3300** after six.", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_replaces_only_the_block_between_the_markers()
    {
        var readme = $"# Rules\n\nintro\n\n{RuleTableWriter.BeginMarker}\nstale\n{RuleTableWriter.EndMarker}\n\n## After\n";

        var updated = RuleTableWriter.UpdateReadme(readme, RuleCatalog.Default);

        Assert.StartsWith($"# Rules\n\nintro\n\n{RuleTableWriter.BeginMarker}\n| ID |", updated, StringComparison.Ordinal);
        Assert.EndsWith($"{RuleTableWriter.EndMarker}\n\n## After\n", updated, StringComparison.Ordinal);
        Assert.Equal(RuleTableWriter.Render(RuleCatalog.Default), RuleTableWriter.ExtractBlock(updated));
    }
}
