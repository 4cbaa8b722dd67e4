namespace ContentLint.Git.Tests;

/// <summary>
/// <c>scan --history</c> in clones that are not ordinary working trees: a shallow clone cannot show what it does not
/// hold, and says so (issue 17, item 6); a bare or mirror clone has all of history and no working tree (item 16a).
/// </summary>
public sealed class HistoryCloneTests : IDisposable
{
    private readonly GitRepo _repo = new();

    /// <summary>The commit that added a page with PHI, removed again by the next commit.</summary>
    private readonly string _introduced;

    public HistoryCloneTests()
    {
        _repo.Write("content/hours.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("hours");
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _introduced = _repo.CommitWithoutHook("story");
        _repo.Git("rm", "-q", "content/story.md");
        _repo.CommitWithoutHook("remove story");
        _repo.Write("content/hours.md", Pages.Clean + "Closed on holidays.\n");
        _repo.Git("commit", "-q", "--no-verify", "-am", "holidays");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void History_in_a_shallow_clone_is_a_tool_error_that_says_how_to_fetch_the_rest()
    {
        var clone = Clone("--depth", "1");

        var result = CliRunner.Run(clone, null, "scan", "--history");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("shallow clone", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("git fetch --unshallow", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("fetch-depth: 0", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(result.FindingLines);
    }

    [Fact]
    public void A_range_inside_a_shallow_clone_is_scanned_normally()
    {
        var clone = Clone("--depth", "2");

        var result = CliRunner.Run(clone, null, "scan", "--history", "HEAD~1..HEAD");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file scanned", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("shallow", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void After_unshallowing_the_history_scan_finds_what_the_shallow_clone_hid()
    {
        var clone = Clone("--depth", "1");
        _repo.Run("git", ["fetch", "-q", "--unshallow"], clone);

        var result = CliRunner.Run(clone, null, "scan", "--history");

        Assert.Equal(1, result.ExitCode);
        var phone = Assert.Single(result.FindingLines, line => line.Contains("PHI004", StringComparison.Ordinal));
        Assert.StartsWith(Pages.PhoneFinding("content/story.md", 5), phone, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bare")]
    [InlineData("--mirror")]
    public void History_of_a_bare_or_mirror_clone_is_scanned(string kind)
    {
        var clone = Clone(kind);

        var result = CliRunner.Run(clone, null, "scan", "--history");

        Assert.Equal(1, result.ExitCode);
        var phone = Assert.Single(result.FindingLines, line => line.Contains("PHI004", StringComparison.Ordinal));
        Assert.StartsWith(Pages.PhoneFinding("content/story.md", 5), phone, StringComparison.Ordinal);
        Assert.EndsWith($"(in commit {_introduced[..12]})", phone, StringComparison.Ordinal);
        Assert.Contains("no .contentlint.yml was read and the defaults apply", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void History_from_a_folder_inside_a_bare_clone_scans_the_whole_repository()
    {
        var clone = Clone("--bare");

        var result = CliRunner.Run(Path.Combine(clone, "refs"), null, "scan", "--history");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/story.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void A_diff_in_a_bare_clone_compares_commits()
    {
        var clone = Clone("--bare");

        var result = CliRunner.Run(clone, null, "scan", "--diff", $"{_introduced}~1..{_introduced}");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/story.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void Staged_in_a_bare_clone_is_a_tool_error_naming_the_missing_working_tree()
    {
        var clone = Clone("--bare");

        var result = CliRunner.Run(clone, null, "scan", "--staged");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bare repository", result.StdErr, StringComparison.Ordinal);
    }

    /// <summary>Clones the repository with <paramref name="options"/> next to it, over file:// (so --depth applies).</summary>
    private string Clone(params string[] options)
    {
        var destination = Path.Combine(Path.GetDirectoryName(_repo.Root)!, "clone-" + Guid.NewGuid().ToString("N")[..8]);
        var result = _repo.Run("git", ["clone", "-q", .. options, new Uri(_repo.Root).AbsoluteUri, destination]);
        Assert.True(result.ExitCode == 0, result.Output);
        return destination;
    }
}
