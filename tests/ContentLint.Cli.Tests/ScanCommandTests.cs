using System.Text.Json;

namespace ContentLint.Cli.Tests;

public sealed class ScanCommandTests
{
    [Fact]
    public void Patient_phone_and_email_are_reported_as_canonical_msbuild_lines_with_exit_code_1()
    {
        using var repo = new TempRepository();
        repo.Write("content/story.md", "---\ntitle: My story\n---\n\nText me at 207-555-0147 or kim@mailbox.example.\n");

        var run = repo.Run("scan");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "content/story.md(5,12,5,24): error PHI004: Possible telephone number in patient context: ***-***-****",
                "content/story.md(5,28,5,47): error PHI006: Possible e-mail address in patient context: ***@***.***",
            ],
            run.PhiLines);
        Assert.Contains("3 errors", run.Error, StringComparison.Ordinal); // the two findings and CON001: a page with PHI needs consent
    }

    [Fact]
    public void Organization_phone_and_email_from_the_config_are_not_reported()
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint.yml", "organization:\n  phones: [\"(207) 555-0100\"]\n  emails: [\"*@clinic.example\"]\n");
        repo.Write("index.md", "Call 207.555.0100 or +1 207 555 0100, or write to desk@clinic.example.\n");

        var run = repo.Run("scan");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.PhiLines);
    }

    [Fact]
    public void Matched_text_is_printed_only_with_show_matches()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", "Reach me at kim@mailbox.example\n");

        var hidden = repo.Run("scan");
        var shown = repo.Run("scan", "--show-matches");

        Assert.DoesNotContain("kim", hidden.Out + hidden.Error, StringComparison.Ordinal);
        Assert.Contains("\"kim@mailbox.example\"", shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_never_exits_0_and_fail_on_warning_counts_warnings()
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint.yml", "rules:\n  PHI006: warning\n  CON001: off\n");
        repo.Write("a.md", "Reach me at kim@mailbox.example\n");

        Assert.Equal(0, repo.Run("scan").ExitCode);
        Assert.Equal(1, repo.Run("scan", "--fail-on", "warning").ExitCode);
        Assert.Equal(0, repo.Run("scan", "--fail-on", "never").ExitCode);
    }

    [Fact]
    public void Rule_turned_off_in_config_is_not_reported()
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint.yml", "rules:\n  PHI006: off\n");
        repo.Write("a.md", "Reach me at kim@mailbox.example\n");

        var run = repo.Run("scan");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.PhiLines);
    }

    [Fact]
    public void Json_format_has_a_version_and_the_exact_region()
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint.yml", "rules:\n  CON001: off\n");
        repo.Write("a.md", "x\nReach me at kim@mailbox.example\n");

        var run = repo.Run("scan", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("PHI006", diagnostic.GetProperty("ruleId").GetString());
        Assert.Equal("a.md", diagnostic.GetProperty("path").GetString());
        var region = diagnostic.GetProperty("region");
        Assert.Equal((2, 13, 2, 32), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.DoesNotContain("kim", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_config_flag_is_used_instead_of_discovery()
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint.yml", "rules:\n  PHI006: off\n");
        repo.Write("strict.yml", "rules:\n  PHI006: error\n");
        repo.Write("a.md", "Reach me at kim@mailbox.example\n");

        Assert.Equal(0, repo.Run("scan").ExitCode);
        Assert.Equal(1, repo.Run("scan", "--config", "strict.yml").ExitCode);
    }

    [Fact]
    public void Scanning_a_subfolder_reports_paths_relative_to_the_repository_root()
    {
        using var repo = new TempRepository();
        repo.Write("site/content/a.md", "Reach me at kim@mailbox.example\n");
        repo.Write("other/b.md", "Reach me at lee@mailbox.example\n");

        var run = repo.Run("scan", "site");

        var line = Assert.Single(run.PhiLines);
        Assert.StartsWith("site/content/a.md(1,13,1,32): error PHI006:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_paths_report_relative_to_the_repository_root_of_their_common_folder()
    {
        using var repo = new TempRepository();
        repo.Write("site/a/one.md", "Reach me at kim@mailbox.example\n");
        repo.Write("site/b/two.md", "Reach me at lee@mailbox.example\n");

        var run = repo.Run("scan", Path.Combine(repo.Root, "site", "a", "one.md"), Path.Combine(repo.Root, "site", "b"));

        Assert.Equal(
            ["site/a/one.md(1,13,1,32): error PHI006", "site/b/two.md(1,13,1,32): error PHI006"],
            run.PhiLines.Select(line => string.Join(':', line.Split(':').Take(2))));
    }
}
