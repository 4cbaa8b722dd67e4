namespace ContentLint.Git.Tests;

/// <summary>
/// Redirected standard output is written in blocks, not line by line; where standard error shares the log (CI,
/// <c>2&gt;&amp;1</c>), the diagnostics must still come before the summary line. Checked with the packed tool, since
/// the buffering is set up by the program's entry point.
/// </summary>
[Collection(InstalledToolGroup.Name)]
public sealed class RedirectedOutputTests(InstalledTool tool) : IDisposable
{
    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Diagnostics_come_before_the_summary_in_one_redirected_log()
    {
        for (var i = 0; i < 40; i++)
        {
            _repo.Write($"content/page{i:D2}.md", Pages.WithPhone);
        }

        var result = _repo.Run("sh", ["-c", $"'{tool.ToolPath}' scan content > log.txt 2>&1; echo $?"]);

        Assert.Equal("1", result.StdOut.Trim());
        var lines = File.ReadAllLines(Path.Combine(_repo.Root, "log.txt"));
        // Each page needs consent and has a phone number: 80 diagnostic lines, then the summary from standard error.
        Assert.Equal(81, lines.Length);
        Assert.All(lines[..^1], line => Assert.Matches(@"^content/page\d\d\.md\(\d+,\d+,\d+,\d+\): error [A-Z]{3}\d{3}: ", line));
        Assert.Equal(40, lines.Count(line => line.Contains(": error PHI004:", StringComparison.Ordinal)));
        Assert.StartsWith("contentlint: 80 errors", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, line => line.Contains(Pages.PlantedPhone, StringComparison.Ordinal));
    }
}
