namespace ContentLint.Git.Tests;

/// <summary><c>scan --diff</c> on a pull-request-like branch: findings only on lines the branch added or changed.</summary>
public sealed class DiffScanTests : IDisposable
{
    private readonly GitRepo _repo = new();

    public DiffScanTests()
    {
        // main: a page that already holds an identifier on line 5 (published before ContentLint was adopted).
        _repo.Write("content/story.md", Pages.WithPhone + "We moved to a bigger office.\n");
        _repo.Write("content/hours.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("site");
        _repo.Git("checkout", "-q", "-b", "feature");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Only_added_lines_are_reported_and_the_changed_page_gets_its_consent_finding()
    {
        _repo.Write("content/story.md", Pages.WithPhone + "We moved to a bigger office.\n\nThanks to our team.\n" + Pages.PhoneLine + "\n");
        _repo.Git("commit", "-q", "--no-verify", "-am", "edit story");

        var result = CliRunner.Run(_repo, "scan", "--diff", "main...HEAD");

        Assert.Equal(1, result.ExitCode);
        var phi = result.FindingLines.Where(line => line.Contains(" PHI", StringComparison.Ordinal)).ToList();
        Assert.StartsWith(Pages.PhoneFinding("content/story.md", 9), Assert.Single(phi), StringComparison.Ordinal);
        Assert.Contains(result.FindingLines, line => line.StartsWith("content/story.md(1,1,1,1): error CON001", StringComparison.Ordinal));
        Assert.DoesNotContain(result.FindingLines, line => line.Contains("hours.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_file_is_reported_in_full()
    {
        _repo.Write("content/new.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("new page");

        var result = CliRunner.Run(_repo, "scan", "--diff", "main");

        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/new.md", 5), StringComparison.Ordinal));
        Assert.DoesNotContain(result.FindingLines, line => line.StartsWith("content/story.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pure_rename_reports_no_line_findings_but_the_page_level_consent_finding()
    {
        _repo.Git("mv", "content/story.md", "content/patient-story.md");
        _repo.CommitWithoutHook("rename");

        var result = CliRunner.Run(_repo, "scan", "--diff", "main..feature");

        Assert.DoesNotContain(result.FindingLines, line => line.Contains(" PHI", StringComparison.Ordinal));
        Assert.Contains(result.FindingLines, line => line.StartsWith("content/patient-story.md(1,1,1,1): error CON001", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rename_with_edits_reports_the_edited_line_under_the_new_path()
    {
        _repo.Git("mv", "content/story.md", "content/patient-story.md");
        var text = File.ReadAllText(Path.Combine(_repo.Root, "content/patient-story.md")) + Pages.PhoneLine + "\n";
        _repo.Write("content/patient-story.md", text);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("rename and edit");

        var result = CliRunner.Run(_repo, "scan", "--diff", "main..HEAD");

        var phi = result.FindingLines.Where(line => line.Contains(" PHI", StringComparison.Ordinal)).ToList();
        Assert.StartsWith(Pages.PhoneFinding("content/patient-story.md", 7), Assert.Single(phi), StringComparison.Ordinal);
    }

    [Fact]
    public void Three_dots_compare_from_the_merge_base_so_commits_on_main_are_not_the_branch_s()
    {
        _repo.Write("content/branch.md", Pages.Clean + "Branch work.\n");
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("branch page");
        _repo.Git("checkout", "-q", "main");
        _repo.Write("content/main-only.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("main moves on");
        _repo.Git("checkout", "-q", "feature");

        var fromMergeBase = CliRunner.Run(_repo, "scan", "--diff", "main...feature");
        var twoDots = CliRunner.Run(_repo, "scan", "--diff", "feature..main");

        Assert.Equal(0, fromMergeBase.ExitCode);
        Assert.Empty(fromMergeBase.FindingLines);
        Assert.Contains(twoDots.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/main-only.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_carriage_return_does_not_shift_the_changed_lines()
    {
        _repo.Write("content/pasted.md", "Pasted from Word\rstill the same git line\nOther line\n");
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("pasted");
        _repo.Write("content/pasted.md", "Pasted from Word\rstill the same git line\nOther line\n" + Pages.PhoneLine + "\n");
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("phone");

        var result = CliRunner.Run(_repo, "scan", "--diff", "HEAD~1");

        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/pasted.md", 4), StringComparison.Ordinal));
    }

    [Fact]
    public void A_baseline_entry_on_an_unchanged_line_is_matched_not_reported_stale()
    {
        _repo.Write(".contentlint/fingerprint.key", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("key");
        Assert.Equal(0, CliRunner.Run(_repo, "baseline", "-o", ".contentlint-baseline").ExitCode);
        _repo.Write("content/story.md", Pages.WithPhone + "We moved to a bigger office.\nA harmless new line.\n");
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("harmless");

        var result = CliRunner.Run(_repo, "scan", "--diff", "HEAD~1", "--baseline", ".contentlint-baseline", "--fail-on", "note");

        Assert.DoesNotContain("CL1005", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_mistyped_path_in_diff_mode_is_a_usage_error()
    {
        var result = CliRunner.Run(_repo, "scan", "--diff", "main", "contnet");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void An_unknown_base_is_a_tool_error_that_mentions_fetch_depth()
    {
        var result = CliRunner.Run(_repo, "scan", "--diff", "0123456789abcdef0123456789abcdef01234567...HEAD");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fetch-depth: 0", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_of_a_diff_does_not_carry_matched_text()
    {
        _repo.Write("content/new.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("new page");

        var result = CliRunner.Run(_repo, "scan", "--diff", "main", "--format", "json");

        Assert.Contains("\"ruleId\": \"PHI004\"", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain(Pages.PlantedPhone, result.Output, StringComparison.Ordinal);
    }
}
