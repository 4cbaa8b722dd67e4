using System.Text.Json;

namespace ContentLint.Git.Tests;

/// <summary><c>scan --history</c>: every blob ever committed, once, reported with the commit that introduced it.</summary>
public sealed class HistoryScanTests : IDisposable
{
    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Phi_in_a_file_deleted_two_commits_ago_is_found_with_the_commit_that_added_it()
    {
        _repo.Write("content/hours.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("hours");
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");
        var introduced = _repo.CommitWithoutHook("story");
        _repo.Git("rm", "-q", "content/story.md");
        _repo.CommitWithoutHook("remove story");
        _repo.Write("content/hours.md", Pages.Clean + "Closed on holidays.\n");
        _repo.Git("commit", "-q", "--no-verify", "-am", "holidays");

        var workingTree = CliRunner.Run(_repo, "scan");
        var history = CliRunner.Run(_repo, "scan", "--history");

        Assert.Equal(0, workingTree.ExitCode);
        Assert.Equal(1, history.ExitCode);
        var phone = Assert.Single(history.FindingLines, line => line.Contains("PHI004", StringComparison.Ordinal));
        Assert.StartsWith(Pages.PhoneFinding("content/story.md", 5), phone, StringComparison.Ordinal);
        Assert.EndsWith($"(in commit {introduced[..12]})", phone, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_kept_through_later_edits_is_reported_once_with_its_first_commit()
    {
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");
        var introduced = _repo.CommitWithoutHook("story");
        _repo.Write("content/story.md", Pages.WithPhone + "An update.\n");
        _repo.Git("commit", "-q", "--no-verify", "-am", "update 1");
        _repo.Write("content/story.md", "<!-- moved down -->\n" + Pages.WithPhone + "An update.\n");
        _repo.Git("commit", "-q", "--no-verify", "-am", "update 2");

        var result = CliRunner.Run(_repo, "scan", "--history", "--format", "json");

        using var json = JsonDocument.Parse(result.StdOut);
        var phones = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("ruleId").GetString() == "PHI004")
            .ToList();
        var phone = Assert.Single(phones);
        Assert.Equal(introduced, phone.GetProperty("commit").GetString());
    }

    [Fact]
    public void A_range_limits_history_to_its_commits()
    {
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");
        var first = _repo.CommitWithoutHook("story");
        _repo.Write("content/hours.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("hours");

        var result = CliRunner.Run(_repo, "scan", "--history", $"{first}..HEAD");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file scanned", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void History_of_branches_other_than_head_is_scanned_by_default()
    {
        _repo.Write("content/hours.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("hours");
        _repo.Git("checkout", "-q", "-b", "draft");
        _repo.Write("content/draft.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("draft");
        _repo.Git("checkout", "-q", "main");

        var result = CliRunner.Run(_repo, "scan", "--history");

        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/draft.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void Commits_on_a_detached_head_are_in_the_default_history()
    {
        _repo.Write("content/hours.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("hours");
        _repo.Git("checkout", "-q", "--detach");
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("detached");

        var result = CliRunner.Run(_repo, "scan", "--history");

        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/story.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_repository_has_no_history_to_scan()
    {
        var result = CliRunner.Run(_repo, "scan", "--history");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 files scanned", result.StdErr, StringComparison.Ordinal);
    }
}
