using ContentLint.Core.Config;
using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

/// <summary>The default globs read where sites keep content, and leave out what is not content by rule (docs/configuration.md).</summary>
public sealed class DefaultSelectionTests
{
    private static readonly ContentPathSelector Selector = new("/repo", ContentLintConfig.Default("/repo"));

    [Theory]
    [InlineData("_data/testimonials.yml")]
    [InlineData("data/reviews.YAML")]
    [InlineData("src/data/reviews.json")]
    [InlineData("exports/reviews.csv")]
    [InlineData("src/components/Testimonials.tsx")]
    [InlineData("src/data/reviews.js")]
    [InlineData("src/pages/index.astro")]
    [InlineData("src/lib/Review.svelte")]
    [InlineData("components/Quote.vue")]
    [InlineData("_includes/reviews.liquid")]
    [InlineData("views/home.php")]
    public void Data_files_code_and_templates_are_read(string path) => Assert.True(Selector.Selects(path), path);

    [Theory]
    [InlineData("package.json")]
    [InlineData("site/package-lock.json")]
    [InlineData("tsconfig.app.json")]
    [InlineData("next.config.js")]
    [InlineData("tailwind.config.ts")]
    [InlineData("src/Button.test.tsx")]
    [InlineData("src/__tests__/reviews.js")]
    [InlineData("src/env.d.ts")]
    [InlineData("assets/app.min.js")]
    [InlineData("_config.yml")]
    [InlineData("hugo.yaml")]
    [InlineData(".eslintrc.json")]
    [InlineData(".github/workflows/ci.yml")]
    [InlineData("dist/assets/index.js")]
    [InlineData(".next/server/page.js")]
    [InlineData("node_modules/x/index.js")]
    public void Tool_configuration_tests_and_build_output_are_not(string path) => Assert.False(Selector.Selects(path), path);

    [Theory]
    [InlineData(".contentlint.yml")]
    [InlineData("site/.contentlint.yaml")]
    public void The_tools_own_configuration_is_never_content(string path)
    {
        var config = ConfigLoader.Parse("include: [\"**/*\"]\nexclude: []\n", ".contentlint.yml", "/repo", RuleCatalogIds);

        Assert.False(new ContentPathSelector("/repo", config).Selects(path));
        Assert.True(new ContentPathSelector("/repo", config).Selects("_data/testimonials.yml"));
    }

    private static IReadOnlySet<string> RuleCatalogIds => ContentLint.Core.Rules.RuleCatalog.Default.Ids;
}
