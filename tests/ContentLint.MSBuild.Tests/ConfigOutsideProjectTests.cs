namespace ContentLint.MSBuild.Tests;

/// <summary>
/// The task matches a configuration kept outside the project's folder (<c>.github/contentlint.yml</c>) from the
/// repository root, as the command line does (docs/configuration.md, "Where globs start").
/// </summary>
[Collection(PackedTaskGroup.Name)]
public sealed class ConfigOutsideProjectTests(PackedTaskFeed feed)
{
    [Fact]
    public void Exclude_globs_of_a_config_in_dot_github_start_at_the_repository_root()
    {
        var site = new SiteProject(feed, "github-config");
        site.Write(".github/contentlint.yml", "exclude: [\"site/content/drafts/**\"]\n");
        var page = site.Write("site/content/recovery.md", SitePages.Patient);
        site.Write("site/content/drafts/draft.md", SitePages.Patient);

        var build = site.Build("-p:ContentLintConfig=../.github/contentlint.yml");

        Assert.True(build.ExitCode == 1, build.ToString());
        Assert.Equal([SitePages.PhoneFinding(page, site.ProjectFile)], BuildOutput.Diagnostics(build, "PHI004"));
    }
}
