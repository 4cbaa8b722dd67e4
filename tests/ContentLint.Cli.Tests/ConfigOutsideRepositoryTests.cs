namespace ContentLint.Cli.Tests;

/// <summary>
/// The Action passes the base branch's configuration from RUNNER_TEMP (issue 17 item 15): a configuration outside the
/// repository has no folder there, so its globs are relative to the repository root.
/// </summary>
public sealed class ConfigOutsideRepositoryTests
{
    [Fact]
    public void Globs_of_a_configuration_outside_the_repository_are_relative_to_the_repository_root()
    {
        using var repo = new TempRepository();
        using var elsewhere = new TempRepository();
        repo.Write("content/a.md", "Call Jane Roe at 207-555-0199 about her knee surgery.\n");
        repo.Write("drafts/b.md", "Call Jane Roe at 207-555-0199 about her knee surgery.\n");
        var config = elsewhere.Write("base-config.yml", "exclude: [\"drafts/**\"]\nrules:\n  CON001: off\n");

        var run = repo.Run("scan", "--config", config);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["content/a.md(1,18,1,30): error PHI004: Possible telephone number in patient context: ***-***-****"], run.Lines);
        Assert.Contains("1 file scanned", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Globs_of_a_copy_start_where_its_origin_would_start_them()
    {
        using var repo = new TempRepository();
        using var elsewhere = new TempRepository();
        repo.Write("site/content/a.md", "Call Jane Roe at 207-555-0199 about her knee surgery.\n");
        var copy = elsewhere.Write("base-config.yml", "include: [\"content/**/*.md\"]\nrules:\n  CON001: off\n");

        var fromRoot = repo.RunIn("site", "scan", "--config", copy);
        var fromOrigin = repo.RunIn("site", "scan", "--config", copy, "--config-origin", ".contentlint.yml");

        Assert.Equal(0, fromRoot.ExitCode);
        Assert.Contains(fromRoot.Lines, line => line.Contains("warning CL1006", StringComparison.Ordinal));
        Assert.Equal(1, fromOrigin.ExitCode);
        Assert.Equal(["site/content/a.md(1,18,1,30): error PHI004: Possible telephone number in patient context: ***-***-****"], fromOrigin.Lines);
    }

    [Fact]
    public void Config_origin_without_config_is_a_usage_error()
    {
        using var repo = new TempRepository();

        var run = repo.Run("scan", "--config-origin", ".contentlint.yml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("contentlint: error: --config-origin", run.Error, StringComparison.Ordinal);
    }
}
