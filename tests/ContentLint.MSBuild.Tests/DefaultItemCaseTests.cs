namespace ContentLint.MSBuild.Tests;

/// <summary>
/// The default <c>ContentLintFile</c> items hold what the command line's default <c>include</c> holds: MDX pages, and
/// page extensions in any letter case, which Jekyll and web servers publish (docs/msbuild.md).
/// </summary>
[Collection(PackedTaskGroup.Name)]
public sealed class DefaultItemCaseTests(PackedTaskFeed feed)
{
    private const string PatientPage = """
        # Back on the water

        If you are facing the same surgery and want to talk, text me at 207-555-0147
        after six. Therapy after my rotator cuff repair got me back in my kayak.
        """;

    [Fact]
    public void Upper_case_and_mdx_pages_are_scanned_by_default()
    {
        var site = new SiteProject(feed, "any-case");
        var upper = site.Write("site/content/RECOVERY.MD", PatientPage);
        var mixed = site.Write("site/content/story.Markdown", PatientPage);
        var mdx = site.Write("site/content/blog.mdx", PatientPage);

        var build = site.Build();

        Assert.True(build.ExitCode == 1, build.ToString());
        var expected = new[] { upper, mixed, mdx }
            .Select(page => $"{page}(3,65,3,77): error PHI004: Possible telephone number in patient context: ***-***-**** [{site.ProjectFile}]")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, BuildOutput.Diagnostics(build, "PHI004").Order(StringComparer.Ordinal));
    }
}
