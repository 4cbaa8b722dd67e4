namespace ContentLint.MSBuild.Tests;

/// <summary>
/// The task matches a configuration kept outside the project's folder (<c>.github/contentlint.yml</c>) from the
/// repository root, as the command line does (docs/configuration.md, "Where globs start").
/// </summary>
[Collection(PackedTaskGroup.Name)]
public sealed class ConfigOutsideProjectTests(PackedTaskFeed feed)
{
    private const string PatientPage = """
        # Back on the water

        If you are facing the same surgery and want to talk, text me at 207-555-0147
        after six. Therapy after my rotator cuff repair got me back in my kayak.
        """;

    [Fact]
    public void Exclude_globs_of_a_config_in_dot_github_start_at_the_repository_root()
    {
        var site = new SiteProject(feed, "github-config");
        site.Write(".github/contentlint.yml", "exclude: [\"site/content/drafts/**\"]\n");
        var page = site.Write("site/content/recovery.md", PatientPage);
        site.Write("site/content/drafts/draft.md", PatientPage);

        var build = site.Build("-p:ContentLintConfig=../.github/contentlint.yml");

        Assert.True(build.ExitCode == 1, build.ToString());
        Assert.Equal([$"{page}(3,65,3,77): error PHI004: Possible telephone number in patient context: ***-***-**** [{site.ProjectFile}]"], BuildOutput.Diagnostics(build, "PHI004"));
    }
}
