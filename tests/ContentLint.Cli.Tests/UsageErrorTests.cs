namespace ContentLint.Cli.Tests;

public sealed class UsageErrorTests
{
    [Fact]
    public void Malformed_config_exits_2_with_one_line_naming_file_and_position()
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint.yml", "include: [\"**/*.md\"]\nunknown_key: 1\n");
        repo.Write("a.md", "text\n");

        var run = repo.Run("scan");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(".contentlint.yml(2,1): error CL0002: unknown key", line, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown_key", line, StringComparison.Ordinal); // issue 17: an unknown key is never echoed
    }

    [Fact]
    public void Unknown_format_is_a_usage_error_with_exit_code_2()
    {
        using var repo = new TempRepository();

        var run = repo.Run("scan", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("xml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_is_a_usage_error_with_exit_code_2()
    {
        using var repo = new TempRepository();

        var run = repo.Run("scan", "does-not-exist");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does-not-exist", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_config_file_is_a_usage_error_with_exit_code_2()
    {
        using var repo = new TempRepository();

        var run = repo.Run("scan", "--config", "nope.yml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.yml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_an_unknown_rule_exits_2()
    {
        using var repo = new TempRepository();

        var run = repo.Run("explain", "PHI999");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PHI999", run.Error, StringComparison.Ordinal);
    }
}
