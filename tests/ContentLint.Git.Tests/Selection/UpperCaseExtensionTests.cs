namespace ContentLint.Git.Tests.Selection;

/// <summary>
/// The default <c>include</c> globs match the content extensions in any letter case (Jekyll and web servers publish
/// <c>.MD</c> and <c>.HTML</c> files), and each file is parsed by its extension whatever its case.
/// </summary>
public sealed class UpperCaseExtensionTests : IDisposable
{
    private const string HtmlPage = "<html><body>\n<h1>Opening hours</h1>\n<p>Call Jane Roe at 555-201-4477 about her knee surgery.</p>\n</body></html>\n";

    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Upper_and_mixed_case_extensions_are_scanned_by_default()
    {
        WritePages();

        var result = CliRunner.Run(_repo, "scan");

        AssertEveryPageReported(result);
    }

    [Fact]
    public void Upper_and_mixed_case_extensions_are_scanned_when_staged()
    {
        WritePages();
        _repo.Git("add", ".");

        var result = CliRunner.Run(_repo, "scan", "--staged");

        AssertEveryPageReported(result);
    }

    [Fact]
    public void Globs_written_in_the_configuration_stay_case_sensitive()
    {
        _repo.Write(".contentlint.yml", "include: [\"**/*.md\"]\n");
        _repo.Write("content/lower.md", Pages.WithPhone);
        _repo.Write("content/UPPER.MD", Pages.WithPhone);

        var result = CliRunner.Run(_repo, "scan");

        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/lower.md", 5), StringComparison.Ordinal));
        Assert.DoesNotContain(result.FindingLines, line => line.StartsWith("content/UPPER.MD", StringComparison.Ordinal));
    }

    private void WritePages()
    {
        _repo.Write("content/STORY.MD", Pages.WithPhone);
        _repo.Write("content/notes.Markdown", Pages.WithPhone);
        _repo.Write("content/post.MDX", Pages.WithPhone);
        _repo.Write("content/page.HTML", HtmlPage);
        _repo.Write("content/old.Htm", HtmlPage);
    }

    private static void AssertEveryPageReported(ProcessResult result)
    {
        Assert.Equal(1, result.ExitCode);
        foreach (var path in new[] { "content/STORY.MD", "content/notes.Markdown", "content/post.MDX" })
        {
            Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding(path, 5), StringComparison.Ordinal));
        }

        // Parsed as HTML: the tags are not part of the text, so the number sits at its column in line 3.
        foreach (var path in new[] { "content/page.HTML", "content/old.Htm" })
        {
            Assert.Contains(result.FindingLines, line => line.StartsWith(path + "(3,21,3,33): error PHI004:", StringComparison.Ordinal));
        }

        Assert.Contains("in 5 files scanned", result.StdErr, StringComparison.Ordinal);
    }
}
