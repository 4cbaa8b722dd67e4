namespace ContentLint.Git.Tests.Selection;

/// <summary>
/// A working-tree scan whose <c>include</c> globs select no file while content files exist is a CL1006 warning, not a
/// silent pass with nothing scanned (docs/diagnostics.md).
/// </summary>
public sealed class NothingSelectedTests : IDisposable
{
    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Include_globs_that_match_no_file_while_pages_exist_are_a_warning_in_the_report_and_the_summary()
    {
        _repo.Write(".contentlint.yml", "include: [\"site/**/*.md\"]\n");
        _repo.Write("content/a.md", Pages.WithPhone);
        _repo.Write("content/b.html", "<p>Hello</p>\n");

        var result = CliRunner.Run(_repo, "scan");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [".contentlint.yml: warning CL1006: no file matched the include globs, but 2 Markdown or HTML files (not excluded or ignored) exist under the repository root; check 'include'"],
            result.FindingLines);
        Assert.Contains("contentlint: 0 errors, 1 warning, 0 notes in 0 files scanned", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(Pages.PlantedPhone, result.Output, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run(_repo, "scan", "--fail-on", "warning").ExitCode);
    }

    [Fact]
    public void The_warning_reaches_the_markdown_summary()
    {
        _repo.Write(".contentlint.yml", "include: [\"site/**/*.md\"]\n");
        _repo.Write("content/a.md", Pages.Clean);
        var summary = Path.Combine(_repo.Root, "..", "summary.md");

        CliRunner.Run(_repo, "scan", "--summary", summary);

        Assert.Contains("CL1006", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_without_content_files_has_no_warning()
    {
        _repo.Write(".contentlint.yml", "include: [\"site/**/*.md\"]\n");
        _repo.Write("src/app.cs", "class A {}\n");

        var result = CliRunner.Run(_repo, "scan");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.FindingLines);
    }

    [Fact]
    public void Content_files_that_are_excluded_or_ignored_by_git_are_not_counted()
    {
        _repo.Write(".gitignore", "build/\n");
        _repo.Write("build/a.md", Pages.Clean);
        _repo.Write("node_modules/pkg/README.md", Pages.Clean);

        var result = CliRunner.Run(_repo, "scan");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.FindingLines);
    }
}
