namespace ContentLint.MSBuild.Tests;

/// <summary>
/// The default <c>ContentLintFile</c> items hold what the command line's default <c>include</c> holds: MDX pages, and
/// page extensions in any letter case, which Jekyll and web servers publish (docs/msbuild.md).
/// </summary>
[Collection(PackedTaskGroup.Name)]
public sealed class DefaultItemCaseTests(PackedTaskFeed feed)
{
    [Fact]
    public void Upper_case_and_mdx_pages_are_scanned_by_default()
    {
        var site = new SiteProject(feed, "any-case");
        var upper = site.Write("site/content/RECOVERY.MD", SitePages.Patient);
        var mixed = site.Write("site/content/story.Markdown", SitePages.Patient);
        var mdx = site.Write("site/content/blog.mdx", SitePages.Patient);

        var build = site.Build();

        Assert.True(build.ExitCode == 1, build.ToString());
        var expected = new[] { upper, mixed, mdx }
            .Select(page => SitePages.PhoneFinding(page, site.ProjectFile))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, BuildOutput.Diagnostics(build, "PHI004").Order(StringComparer.Ordinal));
    }
}
