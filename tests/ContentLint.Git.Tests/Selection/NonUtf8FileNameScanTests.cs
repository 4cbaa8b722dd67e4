namespace ContentLint.Git.Tests.Selection;

/// <summary>A page whose file name is not valid UTF-8 is scanned in the working tree as in the index.</summary>
public sealed class NonUtf8FileNameScanTests : IDisposable
{
    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_page_named_with_byte_ff_is_scanned_in_the_working_tree_and_when_staged()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // macOS and Windows file systems refuse names that are not valid Unicode.
        }

        _repo.Write("content/story.md", Pages.WithPhone);
        var created = _repo.Run("/bin/sh", ["-c", "mv content/story.md \"content/st$(printf '\\377')ry.md\""]);
        Assert.Equal(0, created.ExitCode);

        var plain = CliRunner.Run(_repo, "scan");
        _repo.Git("add", ".");
        var staged = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(1, plain.ExitCode);
        Assert.Contains(plain.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/st\uFFFDry.md", 5), StringComparison.Ordinal));
        Assert.DoesNotContain("not found", plain.Output, StringComparison.Ordinal);
        Assert.Equal(1, staged.ExitCode);
    }
}
