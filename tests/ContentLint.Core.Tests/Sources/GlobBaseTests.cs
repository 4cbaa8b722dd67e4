using ContentLint.Core.Config;
using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

/// <summary>Where a configuration's globs start: its own folder when the scan starts there or below, else the scan root.</summary>
public sealed class GlobBaseTests
{
    private static ContentLintConfig LoadedFrom(string folder) =>
        ConfigLoader.Parse("include: [\"content/**\"]\n", "x.yml", folder, new HashSet<string>());

    [Theory]
    [InlineData("/repo", "/repo", "/repo")]
    [InlineData("/repo/site", "/repo/site", "/repo/site")]
    [InlineData("/repo/site", "/repo/site/content/posts", "/repo/site")]
    [InlineData("/repo/.github", "/repo", "/repo")]
    [InlineData("/repo/.github", "/repo/content", "/repo")]
    [InlineData("/repo/site", "/repo", "/repo")]
    [InlineData("/elsewhere", "/repo/content", "/repo")]
    [InlineData("/repo/site", "/repo/sitemap", "/repo")]
    public void Globs_start_at_the_config_folder_only_when_it_holds_the_scan(string configFolder, string scanFolder, string expected)
    {
        var chosen = GlobBase.Choose(LoadedFrom(configFolder), scanFolder, "/repo");

        Assert.Equal(expected, chosen.BaseDirectory);
    }

    [Fact]
    public void Only_the_base_changes()
    {
        var config = LoadedFrom("/repo/.github");

        var chosen = GlobBase.Choose(config, "/repo", "/repo");

        Assert.Same(config.Include, chosen.Include);
        Assert.Equal(config with { BaseDirectory = "/repo" }, chosen);
    }
}
