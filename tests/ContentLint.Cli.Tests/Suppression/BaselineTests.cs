namespace ContentLint.Cli.Tests.Suppression;

/// <summary><c>contentlint baseline -o FILE</c> and <c>scan --baseline FILE</c>: entries keyed by rule, path and fingerprint.</summary>
public sealed class BaselineTests
{
    private const string Phone = "Our patient said call me at 303-555-0142 any time.";
    private const string BaselineFile = ".contentlint-baseline";

    private static TempRepository RepositoryWithBaseline(string path, string text)
    {
        var repo = new TempRepository();
        repo.Write(path, text);
        var run = repo.Run("baseline", "-o", BaselineFile);
        Assert.Equal(0, run.ExitCode);
        return repo;
    }

    private static string[] Entries(TempRepository repo) =>
        [.. File.ReadAllLines(Path.Combine(repo.Root, BaselineFile)).Where(line => !line.StartsWith('#'))];

    [Fact]
    public void Baseline_file_has_a_header_and_sorted_rule_path_fingerprint_lines_without_positions_or_text()
    {
        using var repo = RepositoryWithBaseline("content/b.md", $"{Phone}\n\nMail me at mary.smith@gmail.com, says our patient.\n");
        repo.Write("content/a.md", $"{Phone}\n");
        Assert.Equal(0, repo.Run("baseline", "-o", BaselineFile).ExitCode);

        var text = File.ReadAllText(Path.Combine(repo.Root, BaselineFile));
        var entries = Entries(repo);

        Assert.StartsWith("# ContentLint baseline:", text, StringComparison.Ordinal);
        Assert.Equal(entries.Order(StringComparer.Ordinal), entries);
        Assert.All(entries, line => Assert.Matches("^(PHI|CON)\\d{3}\tcontent/[ab]\\.md\t[0-9a-f]{64}$", line));
        Assert.Contains(entries, line => line.StartsWith("PHI004\tcontent/a.md\t", StringComparison.Ordinal));
        Assert.Contains(entries, line => line.StartsWith("PHI006\tcontent/b.md\t", StringComparison.Ordinal));
        // Whole values: a short digit run like "555" also turns up by chance in 64-digit hex fingerprints.
        Assert.DoesNotContain("303-555-0142", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3035550142", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mary.smith", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Baseline_is_the_same_when_made_twice()
    {
        using var repo = RepositoryWithBaseline("a.md", $"{Phone}\n");
        var first = File.ReadAllText(Path.Combine(repo.Root, BaselineFile));

        Assert.Equal(0, repo.Run("baseline", "-o", "again.txt").ExitCode);
        Assert.Equal(first, File.ReadAllText(Path.Combine(repo.Root, "again.txt")));
    }

    [Fact]
    public void Baseline_creates_the_fingerprint_key_so_CI_computes_the_same_fingerprints()
    {
        using var repo = RepositoryWithBaseline("a.md", $"{Phone}\n");

        Assert.True(File.Exists(Path.Combine(repo.Root, ".contentlint", "fingerprint.key")));
    }

    [Fact]
    public void Scan_with_the_baseline_reports_nothing_and_exits_0()
    {
        using var repo = RepositoryWithBaseline("a.md", $"{Phone}\n");

        var run = repo.Run("scan", "--baseline", BaselineFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Lines);
    }

    [Fact]
    public void Lines_inserted_above_keep_the_finding_suppressed()
    {
        using var repo = RepositoryWithBaseline("a.md", $"# Visit\n\n{Phone}\n");
        repo.Write("a.md", $"# Visit\n\nA new first paragraph.\n\nAnd another one.\n\n{Phone}\n");

        var run = repo.Run("scan", "--baseline", BaselineFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Lines);
    }

    [Fact]
    public void A_second_identical_value_on_another_line_is_reported()
    {
        using var repo = RepositoryWithBaseline("a.md", $"{Phone}\n");
        repo.Write("a.md", $"{Phone}\n\nA new paragraph.\n\n{Phone}\n");

        var run = repo.Run("scan", "--baseline", BaselineFile);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Lines);
        Assert.StartsWith("a.md(5,29,5,41): error PHI004:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_finding_of_another_rule_is_reported()
    {
        using var repo = RepositoryWithBaseline("a.md", $"{Phone}\n");
        repo.Write("a.md", $"{Phone}\n\nMail me at mary.smith@gmail.com, says our patient.\n");

        var run = repo.Run("scan", "--baseline", BaselineFile);

        Assert.Contains(run.Lines, line => line.StartsWith("a.md(3,", StringComparison.Ordinal) && line.Contains(" PHI006:", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Lines, line => line.Contains(" PHI004:", StringComparison.Ordinal));
    }

    [Fact]
    public void Renamed_file_is_reported_as_new_and_its_old_entry_is_stale()
    {
        using var repo = RepositoryWithBaseline("content/old.md", $"{Phone}\n");
        File.Move(Path.Combine(repo.Root, "content", "old.md"), Path.Combine(repo.Root, "content", "new.md"));

        var run = repo.Run("scan", "--baseline", BaselineFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Lines, line => line.StartsWith("content/new.md(1,29,1,41): error PHI004:", StringComparison.Ordinal));
        Assert.Contains(run.Lines, line => line.StartsWith($"{BaselineFile}(", StringComparison.Ordinal) && line.Contains("CL1005: stale baseline entry: no PHI004 finding in content/old.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Fixed_finding_leaves_a_stale_entry_reported_as_a_note_at_its_baseline_line()
    {
        using var repo = RepositoryWithBaseline("a.md", $"{Phone}\n");
        var entryLine = Array.FindIndex(File.ReadAllLines(Path.Combine(repo.Root, BaselineFile)), line => line.StartsWith("PHI004", StringComparison.Ordinal)) + 1;
        repo.Write("a.md", "Our patient said to call the front desk.\n");

        var run = repo.Run("scan", "--baseline", BaselineFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"{BaselineFile}({entryLine},1,{entryLine},1): info CL1005: stale baseline entry: no PHI004 finding in a.md matches it any more (fixed, changed or the file was renamed); remove the line or regenerate the baseline",
            Assert.Single(run.Lines, line => line.Contains("PHI004", StringComparison.Ordinal)));
        Assert.Equal(1, repo.Run("scan", "--baseline", BaselineFile, "--fail-on", "note").ExitCode);
    }

    [Fact]
    public void Entries_of_files_outside_the_scanned_paths_are_not_stale()
    {
        using var repo = RepositoryWithBaseline("content/a.md", $"{Phone}\n");
        repo.Write("other/b.md", "Nothing here.\n");

        var run = repo.Run("scan", "other", "--baseline", BaselineFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Lines);
    }

    [Fact]
    public void Malformed_baseline_exits_2_naming_the_file_and_line_without_quoting_it()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", $"{Phone}\n");
        repo.Write(BaselineFile, "# header\nPHI004\ta.md\tabc123\nPHI004 a.md 303-555-0142\n");

        var run = repo.Run("scan", "--baseline", BaselineFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal($"{Path.Combine(repo.Root, BaselineFile)}(3,1): error CL0003: expected RULE<TAB>path<TAB>fingerprint, found 1 tab-separated field", run.Error.Trim());
    }

    [Theory]
    [InlineData("phi004\ta.md\tabc\n", "the first field is not a rule ID such as PHI004")]
    [InlineData("PHI004\t\tabc\n", "the path is empty or has a malformed %XX escape")]
    [InlineData("PHI004\ta.md\t\n", "the fingerprint is empty or contains spaces")]
    public void Each_malformed_field_is_named(string text, string problem)
    {
        using var repo = new TempRepository();
        repo.Write("a.md", "Nothing.\n");
        repo.Write(BaselineFile, text);

        var run = repo.Run("scan", "--baseline", BaselineFile);

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith($"(1,1): error CL0003: {problem}", run.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_baseline_file_exits_2()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", "Nothing.\n");

        var run = repo.Run("scan", "--baseline", "nope.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.txt: error CL0003: baseline file not found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_without_output_is_a_usage_error()
    {
        using var repo = new TempRepository();

        Assert.Equal(2, repo.Run("baseline").ExitCode);
    }

    [Fact]
    public void Suppression_diagnostics_are_not_recorded_in_the_baseline()
    {
        using var repo = RepositoryWithBaseline("a.md", "<!-- contentlint-disable-next-line PHI004 -->\nNothing to see.\n");

        Assert.Empty(Entries(repo));
        Assert.Contains(repo.Run("scan", "--baseline", BaselineFile).Lines, line => line.Contains("CL1004", StringComparison.Ordinal));
    }
}
