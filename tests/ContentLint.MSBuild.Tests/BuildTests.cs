namespace ContentLint.MSBuild.Tests;

/// <summary>Real <c>dotnet build</c> runs of projects that reference the packed task.</summary>
[Collection(PackedTaskGroup.Name)]
public sealed class BuildTests(PackedTaskFeed feed)
{
    private const string PatientPage = SitePages.Patient;

    private const string CleanPage = """
        # Healthy habits

        Drink water, stretch every morning and walk twenty minutes a day.
        """;

    [Fact]
    public void Planted_phone_number_fails_the_build_with_the_canonical_line_and_exit_code_1_and_is_scanned_again_next_build()
    {
        var site = new SiteProject(feed, "phi");
        var page = site.Write("site/content/recovery.md", PatientPage);

        var first = site.BuildWithVerbosity("minimal");
        var second = site.Build();

        Assert.True(first.ExitCode == 1, first.ToString());
        var expected = $"{page}(3,65,3,77): error PHI004: Possible telephone number in patient context: ***-***-**** [{site.ProjectFile}]";
        Assert.Equal([expected], BuildOutput.Diagnostics(first, "PHI004"));
        Assert.Contains(expected, first.Lines);
        AssertNoLeak(first);

        // The stamp is written only after a scan without failing findings, so a failing build scans again.
        Assert.True(second.ExitCode == 1, second.ToString());
        Assert.DoesNotContain(BuildOutput.ScanSkipped, second.Output, StringComparison.Ordinal);
        Assert.Contains(BuildOutput.ScanSummary, second.Output, StringComparison.Ordinal);
        Assert.Equal([expected], BuildOutput.Diagnostics(second, "PHI004"));
        Assert.False(File.Exists(Path.Combine(site.ProjectDirectory, "obj", "Debug", "net10.0", "site.contentlint.stamp")));
        AssertNoLeak(second);
    }

    [Fact]
    public void Clean_content_builds_an_unchanged_rebuild_skips_the_scan_and_an_edit_scans_again()
    {
        var site = new SiteProject(feed, "clean");
        var page = site.Write("site/content/habits.md", CleanPage);
        // Not content of the project: dependencies, hidden folders, generated sites and build output are left out.
        foreach (var generated in new[] { "node_modules/pkg/README.md", ".github/ISSUE.md", "_site/index.html", "public/a.htm", "bin/notes.md" })
        {
            site.Write($"site/{generated}", PatientPage);
        }

        var first = site.Build();
        var second = site.Build();
        File.WriteAllText(page, PatientPage);
        var third = site.Build();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(File.Exists(Path.Combine(site.ProjectDirectory, "obj", "Debug", "net10.0", "site.contentlint.stamp")));
        Assert.Contains("ContentLint: 1 file(s) scanned, 0 not scanned; 0 error(s), 0 warning(s), 0 note(s); configuration: defaults", BuildOutput.Lines(first));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(BuildOutput.ScanSkipped, BuildOutput.Lines(second));
        Assert.DoesNotContain(BuildOutput.ScanSummary, second.Output, StringComparison.Ordinal);
        Assert.True(third.ExitCode == 1, third.ToString());
        Assert.Single(BuildOutput.Diagnostics(third, "PHI004"));
    }

    [Fact]
    public void ContentLintEnabled_false_skips_the_scan()
    {
        var site = new SiteProject(feed, "disabled");
        site.Write("site/content/recovery.md", PatientPage);

        var build = site.Build("-p:ContentLintEnabled=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("ContentLint: skipped (ContentLintEnabled=false)", BuildOutput.Lines(build));
        Assert.DoesNotContain("PHI004", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(BuildOutput.ScanSummary + "1 file", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_below_ContentLintFailOn_are_warnings_and_do_not_fail_the_build()
    {
        var site = new SiteProject(feed, "never");
        var page = site.Write("site/content/recovery.md", PatientPage);

        var build = site.BuildWithVerbosity("minimal", "-p:ContentLintFailOn=never");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(
            [$"{page}(3,65,3,77): warning PHI004: Possible telephone number in patient context: ***-***-**** [{site.ProjectFile}]"],
            BuildOutput.Diagnostics(build, "PHI004"));
        Assert.DoesNotContain(": error ", build.Output, StringComparison.Ordinal);
        AssertNoLeak(build);
    }

    [Fact]
    public void Configuration_is_found_above_the_project_up_to_the_repository_root()
    {
        // The practice's own number is allowed by the configuration at the repository root, one folder above the project.
        var site = new SiteProject(feed, "config-above", projectFolder: "src/site");
        site.Write(".contentlint.yml", "organization:\n  phones: [\"207-555-0147\"]\n");
        site.Write("src/site/content/recovery.md", PatientPage);

        var build = site.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildOutput.Diagnostics(build, "PHI004"));
        Assert.Contains($"configuration: {Path.Combine(site.RepositoryRoot, ".contentlint.yml")}", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_configuration_fails_the_build_with_one_error_naming_the_file()
    {
        var site = new SiteProject(feed, "bad-config");
        var config = site.Write("site/.contentlint.yml", "include: [\"**/*.md\"]\nunknown_key: 1\n");
        site.Write("site/content/habits.md", CleanPage);

        var build = site.BuildWithVerbosity("minimal");

        Assert.True(build.ExitCode == 1, build.ToString());
        var errors = BuildOutput.Diagnostics(build, "CL0002");
        var error = Assert.Single(errors);
        Assert.StartsWith($"{config}(2,1): error CL0002: unknown key", error, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown_key", error, StringComparison.Ordinal); // issue 17: an unknown key is never echoed
    }

    [Fact]
    public void Multi_targeted_project_is_scanned_once_in_its_outer_build()
    {
        var site = new SiteProject(feed, "multi", targetFrameworkProperty: "<TargetFrameworks>net10.0</TargetFrameworks>");
        site.Write("site/content/recovery.md", PatientPage);

        var build = site.BuildWithVerbosity("minimal");

        Assert.True(build.ExitCode == 1, build.ToString());
        // The console logger repeats errors in its closing summary: one scan logs each finding exactly twice.
        Assert.Equal(2, BuildOutput.Lines(build).Count(line => line.Contains(": error PHI004:", StringComparison.Ordinal)));
    }

    private static void AssertNoLeak(CommandResult build)
    {
        foreach (var matched in new[] { "207-555-0147", "555-0147", "2075550147" })
        {
            Assert.DoesNotContain(matched, build.Output, StringComparison.Ordinal);
        }
    }
}
