namespace ContentLint.Cli.Tests.Reporting;

/// <summary>
/// Issue 17 item 11: a report file is written beside its path and renamed over it, so a symbolic link already at the
/// path (a committed one, say) is replaced itself and the file it points to stays untouched.
/// </summary>
public sealed class ReportFileSymlinkTests : IDisposable
{
    private const string Precious = "not yours to overwrite\n";
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "contentlint-tests", Guid.NewGuid().ToString("N"));

    public ReportFileSymlinkTests() => Directory.CreateDirectory(_outside);

    public static TheoryData<string, string> ReportOptions => new()
    {
        { "--json", "{" },
        { "--sarif", "{" },
        { "--summary", "## ContentLint" },
    };

    [Theory]
    [MemberData(nameof(ReportOptions))]
    public void A_report_replaces_a_symlink_at_its_path_and_leaves_the_link_target_untouched(string option, string reportStart)
    {
        using var repo = new TempRepository();
        repo.Write("a.md", "Call Jane Roe at 207-555-0199 about her knee surgery.\n");
        var target = Path.Combine(_outside, "target.txt");
        File.WriteAllText(target, Precious);
        File.CreateSymbolicLink(Path.Combine(repo.Root, "report.out"), target);

        var run = repo.Run("scan", option, "report.out");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(Precious, File.ReadAllText(target));
        var written = new FileInfo(Path.Combine(repo.Root, "report.out"));
        Assert.Null(written.LinkTarget);
        Assert.StartsWith(reportStart, File.ReadAllText(written.FullName), StringComparison.Ordinal);
        Assert.Equal(["a.md", "report.out"], Directory.GetFileSystemEntries(repo.Root).Select(Path.GetFileName).Where(n => n != ".git").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_report_never_creates_the_target_of_a_dangling_symlink()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", "Hello\n");
        var target = Path.Combine(_outside, "created-by-the-scan.json");
        File.CreateSymbolicLink(Path.Combine(repo.Root, "report.json"), target);

        var run = repo.Run("scan", "--json", "report.json");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(target));
        Assert.StartsWith("{", File.ReadAllText(Path.Combine(repo.Root, "report.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_replaces_a_symlink_at_its_path_and_leaves_the_link_target_untouched()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", "Call Jane Roe at 207-555-0199 about her knee surgery.\n");
        var target = Path.Combine(_outside, "target.txt");
        File.WriteAllText(target, Precious);
        File.CreateSymbolicLink(Path.Combine(repo.Root, "baseline.txt"), target);

        var run = repo.Run("baseline", "-o", "baseline.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Precious, File.ReadAllText(target));
        var written = new FileInfo(Path.Combine(repo.Root, "baseline.txt"));
        Assert.Null(written.LinkTarget);
        Assert.Contains("PHI004", File.ReadAllText(written.FullName), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_path_that_is_a_folder_is_exit_code_2_and_leaves_no_temporary_file()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", "Hello\n");
        Directory.CreateDirectory(Path.Combine(repo.Root, "report.json"));

        var run = repo.Run("scan", "--json", "report.json");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("contentlint: error: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(["a.md", "report.json"], Directory.GetFileSystemEntries(repo.Root).Select(Path.GetFileName).Where(n => n != ".git").Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_outside, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
