namespace ContentLint.Git.Tests;

/// <summary>
/// The hook installed by the packed tool, exercised by real <c>git commit</c> runs: what is committed is what is
/// scanned, whichever way the commit is made.
/// </summary>
[Collection(InstalledToolGroup.Name)]
public sealed class PreCommitHookTests : IDisposable
{
    private readonly GitRepo _repo = new();

    public PreCommitHookTests(InstalledTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var install = _repo.Run(tool.ToolPath, ["hook", "install"]);
        Assert.True(install.ExitCode == 0, install.Output);
    }

    public void Dispose() => _repo.Dispose();

    private ProcessResult Commit(params string[] args) => _repo.Run("git", ["commit", "-m", "change", .. args]);

    private int CommitCount() => _repo.Run("git", ["rev-list", "--count", "--all"]).StdOut.Trim() is { Length: > 0 } count ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private void CommitCleanBase()
    {
        _repo.Write("content/story.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("base");
    }

    [Fact]
    public void A_clean_first_commit_passes()
    {
        _repo.Write("content/story.md", Pages.Clean);
        _repo.Git("add", ".");

        var result = Commit();

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(1, CommitCount());
    }

    [Fact]
    public void Staged_phi_in_the_first_commit_blocks_it_with_what_to_do_next()
    {
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");

        var result = Commit();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(0, CommitCount());
        Assert.Contains(Pages.PhoneFinding("content/story.md", 5), result.Output, StringComparison.Ordinal);
        Assert.Contains("--no-verify", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("contentlint-disable-next-line", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(Pages.PlantedPhone, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Phi_only_in_the_working_tree_does_not_block()
    {
        CommitCleanBase();
        _repo.Write("content/hours.md", Pages.Clean);
        _repo.Git("add", "content/hours.md");
        _repo.Write("content/story.md", Pages.WithPhone);

        var result = Commit();

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(2, CommitCount());
    }

    [Fact]
    public void Phi_staged_then_removed_from_the_working_tree_blocks()
    {
        CommitCleanBase();
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.Write("content/story.md", Pages.Clean);

        var result = Commit();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Pages.PhoneFinding("content/story.md", 5), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Commit_all_scans_the_working_tree_changes_it_commits()
    {
        CommitCleanBase();
        _repo.Write("content/story.md", Pages.WithPhone);

        var result = Commit("-a");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(1, CommitCount());
        Assert.Contains(Pages.PhoneFinding("content/story.md", 5), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Commit_with_a_path_scans_that_path_s_working_tree_version()
    {
        CommitCleanBase();
        _repo.Write("content/story.md", Pages.WithPhone);

        var result = Commit("--", "content/story.md");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(1, CommitCount());
        Assert.Contains(Pages.PhoneFinding("content/story.md", 5), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Commit_with_a_path_does_not_scan_other_staged_files()
    {
        CommitCleanBase();
        _repo.Write("content/other.md", Pages.WithPhone);
        _repo.Git("add", "content/other.md");
        _repo.Write("content/story.md", Pages.Clean + "Now open on Fridays.\n");

        var result = Commit("--only", "--", "content/story.md");

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public void A_rename_with_phi_blocks_and_names_the_new_path()
    {
        _repo.Write("content/draft.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("draft");
        _repo.Git("mv", "content/draft.md", "content/published.md");

        var result = Commit();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Pages.PhoneFinding("content/published.md", 5), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_content_is_reported_at_its_exact_column()
    {
        _repo.Write("content/story.md", Pages.WithPhone.Replace("\n", "\r\n", StringComparison.Ordinal));
        _repo.Git("add", ".");

        var result = Commit();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Pages.PhoneFinding("content/story.md", 5), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commit_in_a_linked_worktree_runs_the_shared_hook_on_that_worktree_s_index()
    {
        CommitCleanBase();
        var worktree = Path.Combine(Path.GetDirectoryName(_repo.Root)!, "linked");
        _repo.Git("worktree", "add", "-q", "-b", "draft", worktree);
        File.WriteAllText(Path.Combine(worktree, "content", "story.md"), Pages.WithPhone);

        var result = _repo.Run("git", ["commit", "-a", "-m", "in worktree"], worktree);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Pages.PhoneFinding("content/story.md", 5), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void From_a_subfolder_the_hook_still_scans_the_whole_staged_set()
    {
        _repo.Write("content/blog/story.md", Pages.WithPhone);
        _repo.Write("content/other/note.md", Pages.Clean);
        _repo.Git("add", ".");

        var result = _repo.Run("git", ["commit", "-m", "from subfolder"], Path.Combine(_repo.Root, "content", "other"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Pages.PhoneFinding("content/blog/story.md", 5), result.Output, StringComparison.Ordinal);
    }
}
