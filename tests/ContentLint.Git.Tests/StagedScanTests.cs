namespace ContentLint.Git.Tests;

/// <summary><c>scan --staged</c> in-process: the index decides what is scanned, never the working tree.</summary>
public sealed class StagedScanTests : IDisposable
{
    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Before_the_first_commit_a_staged_page_with_phi_is_reported()
    {
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");

        var result = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/story.md", 5), StringComparison.Ordinal));
        Assert.DoesNotContain(Pages.PlantedPhone, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Phi_only_in_the_working_tree_is_not_scanned()
    {
        _repo.Write("content/story.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.Write("content/story.md", Pages.WithPhone);

        var result = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.FindingLines);
    }

    [Fact]
    public void Staged_phi_removed_from_the_working_tree_is_still_reported()
    {
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.Write("content/story.md", Pages.Clean);

        var result = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/story.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void Partial_staging_scans_the_staged_hunk_only()
    {
        var committed = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"Line {i} about our clinic hours.")) + "\n";
        _repo.Write("content/news.md", committed);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("news");
        var lines = committed.Split('\n').ToList();
        lines[2] = Pages.PhoneLine;  // line 3: staged
        var staged = string.Join("\n", lines);
        _repo.Write("content/news.md", staged);
        _repo.Git("add", "content/news.md");
        lines[25] = Pages.PhoneLine; // line 26: only in the working tree
        _repo.Write("content/news.md", string.Join("\n", lines));

        var result = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(1, result.ExitCode);
        var phone = Assert.Single(result.FindingLines, line => line.Contains("PHI004", StringComparison.Ordinal));
        Assert.StartsWith(Pages.PhoneFinding("content/news.md", 3), phone, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleted_and_unchanged_files_are_not_scanned()
    {
        _repo.Write("content/old.md", Pages.WithPhone);
        _repo.Write("content/kept.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("history with phi");
        _repo.Git("rm", "-q", "content/old.md");

        var result = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.FindingLines);
        Assert.Contains("0 files scanned", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rename_is_reported_under_its_new_path()
    {
        _repo.Write("content/draft.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("draft");
        _repo.Git("mv", "content/draft.md", "content/published.md");

        var result = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/published.md", 5), StringComparison.Ordinal));
        Assert.DoesNotContain(result.FindingLines, line => line.Contains("draft.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Git_index_file_from_the_environment_is_the_index_that_is_read()
    {
        _repo.Write("content/story.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("clean");
        _repo.Write("content/story.md", Pages.WithPhone);
        // What 'git commit -a' does: a temporary index with the working tree's changes; .git/index stays stale.
        var temporaryIndex = Path.Combine(_repo.Root, ".git", "next-index-test.lock");
        File.Copy(Path.Combine(_repo.Root, ".git", "index"), temporaryIndex);
        var environment = new Dictionary<string, string> { ["GIT_INDEX_FILE"] = temporaryIndex };
        _repo.Environment["GIT_INDEX_FILE"] = temporaryIndex;
        _repo.Git("add", "content/story.md");
        _repo.Environment.Remove("GIT_INDEX_FILE");

        var withTemporaryIndex = CliRunner.Run(_repo.Root, environment, "scan", "--staged");
        var withDefaultIndex = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(1, withTemporaryIndex.ExitCode);
        Assert.Contains(withTemporaryIndex.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/story.md", 5), StringComparison.Ordinal));
        Assert.Equal(0, withDefaultIndex.ExitCode);
    }

    [Fact]
    public void A_relative_git_index_file_is_resolved_from_the_current_folder()
    {
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Environment["GIT_INDEX_FILE"] = ".git/other-index";
        _repo.Git("add", "content/story.md");
        _repo.Environment.Remove("GIT_INDEX_FILE");

        var result = CliRunner.Run(_repo.Root, new Dictionary<string, string> { ["GIT_INDEX_FILE"] = ".git/other-index" }, "scan", "--staged");

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_relative_git_index_file_is_relative_to_the_current_folder_not_to_a_path_argument()
    {
        _repo.Write("site/story.md", Pages.WithPhone);
        _repo.Git("add", ".");

        var result = CliRunner.Run(_repo.Root, new Dictionary<string, string> { ["GIT_INDEX_FILE"] = ".git/index" }, "scan", "--staged", "site");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("site/story.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void A_git_index_file_that_does_not_exist_is_a_tool_error_not_an_empty_pass()
    {
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");

        var result = CliRunner.Run(_repo.Root, new Dictionary<string, string> { ["GIT_INDEX_FILE"] = "/nonexistent/index" }, "scan", "--staged");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("GIT_INDEX_FILE", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_argument_that_matches_nothing_anywhere_is_a_usage_error()
    {
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");

        var result = CliRunner.Run(_repo, "scan", "--staged", "contnet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nothing in git matches it", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void From_a_subfolder_paths_stay_relative_to_the_repository_root()
    {
        _repo.Write("content/blog/story.md", Pages.WithPhone);
        _repo.Git("add", ".");

        var result = CliRunner.Run(Path.Combine(_repo.Root, "content", "blog"), null, "scan", "--staged");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/blog/story.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_linked_worktree_its_own_index_is_read()
    {
        _repo.Write("content/hours.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("hours");
        var worktree = Path.Combine(Path.GetDirectoryName(_repo.Root)!, "linked");
        _repo.Git("worktree", "add", "-q", "-b", "draft", worktree);
        File.WriteAllText(Path.Combine(worktree, "content", "story.md"), Pages.WithPhone);
        _repo.Run("git", ["add", "content/story.md"], worktree);

        var inWorktree = CliRunner.Run(worktree, null, "scan", "--staged");
        var inMain = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(1, inWorktree.ExitCode);
        Assert.Contains(inWorktree.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/story.md", 5), StringComparison.Ordinal));
        Assert.Equal(0, inMain.ExitCode);
    }

    [Fact]
    public void Crlf_content_keeps_exact_columns()
    {
        _repo.Write("content/story.md", Pages.WithPhone.Replace("\n", "\r\n", StringComparison.Ordinal));
        _repo.Git("add", ".");

        var result = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/story.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void A_git_lfs_pointer_is_skipped_with_a_note()
    {
        _repo.Write("content/big.md", "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n");
        _repo.Git("add", ".");

        var result = CliRunner.Run(_repo, "scan", "--staged", "--fail-on", "note");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/big.md: info CL1001: a Git LFS pointer", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_submodule_is_not_scanned()
    {
        using var other = new GitRepo();
        other.Write("README.md", Pages.WithPhone);
        other.Git("add", ".");
        other.CommitWithoutHook("other");
        _repo.Write("content/page.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.Git("-c", "protocol.file.allow=always", "submodule", "add", "-q", other.Root, "vendor/other");

        var result = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file scanned", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_arguments_narrow_the_staged_files()
    {
        _repo.Write("content/a/story.md", Pages.WithPhone);
        _repo.Write("content/b/story.md", Pages.WithPhone);
        _repo.Git("add", ".");

        var result = CliRunner.Run(_repo, "scan", "--staged", "content/b");

        Assert.All(result.FindingLines, line => Assert.StartsWith("content/b/", line, StringComparison.Ordinal));
        Assert.NotEmpty(result.FindingLines);
    }

    [Fact]
    public void Outside_a_repository_staged_is_a_tool_error()
    {
        var folder = Directory.CreateTempSubdirectory("contentlint-nogit-").FullName;
        try
        {
            var result = CliRunner.Run(folder, null, "scan", "--staged");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("not inside a git repository", result.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Staged_diff_and_history_cannot_be_combined()
    {
        var result = CliRunner.Run(_repo, "scan", "--staged", "--history");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot be combined", result.StdErr, StringComparison.Ordinal);
    }
}
