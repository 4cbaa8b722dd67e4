namespace ContentLint.Git.Tests.Selection;

/// <summary>
/// A plain scan reads the files git tracks whatever <c>.gitignore</c> says (git publishes them), as <c>--staged</c> and
/// <c>--diff</c> do; untracked ignored files stay skipped (docs/configuration.md, "How the lists apply").
/// </summary>
public sealed class TrackedIgnoredFileTests : IDisposable
{
    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_committed_file_in_a_folder_ignored_afterwards_is_scanned()
    {
        CommitStoryThenIgnoreExported();

        var result = CliRunner.Run(_repo, "scan");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("exported/story.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void An_untracked_file_in_the_ignored_folder_is_still_skipped()
    {
        CommitStoryThenIgnoreExported();
        _repo.Write("exported/untracked.md", Pages.WithPhone);
        _repo.Write("exported/deeper/also-untracked.md", Pages.WithPhone);

        var result = CliRunner.Run(_repo, "scan");

        Assert.Contains(result.FindingLines, line => line.StartsWith("exported/story.md", StringComparison.Ordinal));
        Assert.DoesNotContain(result.FindingLines, line => line.Contains("untracked", StringComparison.Ordinal));
        Assert.Contains("in 1 file scanned", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tracked_file_ignored_by_its_own_name_is_scanned()
    {
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("story");
        _repo.Write("content/.gitignore", "story.md\n");

        var result = CliRunner.Run(_repo, "scan");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/story.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void A_tracked_file_in_an_ignored_folder_named_as_a_path_is_scanned()
    {
        CommitStoryThenIgnoreExported();

        var result = CliRunner.Run(_repo, "scan", "exported");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("exported/story.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void Index_version_4_with_prefix_compressed_paths_is_read()
    {
        _repo.Write("exported/a/first.md", Pages.Clean);
        _repo.Write("exported/a/story.md", Pages.WithPhone);
        _repo.Write("exported/b.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("pages");
        _repo.Git("update-index", "--index-version", "4");
        _repo.Write(".gitignore", "exported/\n");

        var result = CliRunner.Run(_repo, "scan");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("exported/a/story.md", 5), StringComparison.Ordinal));
        Assert.Contains("in 3 files scanned", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_worktree_reads_its_own_index_through_the_dot_git_file()
    {
        CommitStoryThenIgnoreExported();
        _repo.Git("add", ".gitignore");
        _repo.CommitWithoutHook("ignore dist");
        var worktree = Path.Combine(Path.GetDirectoryName(_repo.Root)!, "linked");
        _repo.Git("worktree", "add", "-q", worktree);

        var result = CliRunner.Run(worktree, null, "scan");

        Assert.True(File.Exists(Path.Combine(worktree, ".git")));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("exported/story.md", 5), StringComparison.Ordinal));
    }

    private void CommitStoryThenIgnoreExported()
    {
        _repo.Write("exported/story.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("story");
        _repo.Write(".gitignore", "exported/\n");
    }
}
