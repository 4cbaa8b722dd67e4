using System.Text;

namespace ContentLint.Cli.Tests;

/// <summary>Each kind of bad input gives one clear diagnostic; the other files are still scanned.</summary>
public sealed class BadInputTests
{
    private const string PlantedEmail = "Reach me at kim@mailbox.example\n";

    private static CliRun ScanWithGoodFile(TempRepository repo)
    {
        repo.Write("good.md", PlantedEmail);
        return repo.Run("scan");
    }

    private static void AssertGoodFileStillScanned(CliRun run) =>
        Assert.Contains(run.PhiLines, line => line.StartsWith("good.md(1,13,1,32): error PHI006", StringComparison.Ordinal));

    [Fact]
    public void Binary_file_named_md_is_reported_not_scanned()
    {
        using var repo = new TempRepository();
        repo.WriteBytes("image.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x42]);

        var run = ScanWithGoodFile(repo);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.PhiLines, line => line.StartsWith("image.md: warning CL1001:", StringComparison.Ordinal) && line.Contains("binary", StringComparison.Ordinal));
        AssertGoodFileStillScanned(run);
    }

    [Fact]
    public void Invalid_utf8_is_reported_not_scanned()
    {
        using var repo = new TempRepository();
        repo.WriteBytes("latin1.md", Encoding.Latin1.GetBytes("Caf\u00e9 menu for Jos\u00e9\n"));

        var run = ScanWithGoodFile(repo);

        Assert.Contains(run.PhiLines, line => line.StartsWith("latin1.md: warning CL1001:", StringComparison.Ordinal) && line.Contains("UTF-8", StringComparison.Ordinal));
        AssertGoodFileStillScanned(run);
    }

    [Fact]
    public void Malformed_front_matter_is_reported_and_the_body_still_scanned()
    {
        using var repo = new TempRepository();
        repo.Write("bad-yaml.md", "---\ntitle: [unclosed\nauthor: x\n---\n\nText me at kim@mailbox.example\n");

        var run = repo.Run("scan");

        Assert.Contains(run.PhiLines, line => line.StartsWith("bad-yaml.md(", StringComparison.Ordinal) && line.Contains("warning CL1002: malformed YAML front matter", StringComparison.Ordinal));
        Assert.Contains(run.PhiLines, line => line.StartsWith("bad-yaml.md(6,12,6,31): error PHI006", StringComparison.Ordinal));
        Assert.DoesNotContain("unclosed", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_megabyte_file_is_scanned_to_the_end()
    {
        using var repo = new TempRepository();
        var paragraph = "Regular words about healthy knees and gentle exercise for everyone.\n\n";
        var text = new StringBuilder();
        while (text.Length < 20 * 1024 * 1024)
        {
            text.Append(paragraph);
        }

        var lines = text.ToString().Count(c => c == '\n');
        text.Append(PlantedEmail);
        repo.Write("huge.md", text.ToString());

        var run = repo.Run("scan");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"huge.md({lines + 1},13,{lines + 1},32): error PHI006: Possible e-mail address in patient context: ***@***.***", Assert.Single(run.PhiLines));
    }

    [Fact]
    public void Single_line_of_250_kilobytes_is_scanned()
    {
        using var repo = new TempRepository();
        var dataUri = "![x](data:image/png;base64," + new string('A', 250 * 1024) + ") and my address kim@mailbox.example";
        repo.Write("long-line.md", dataUri + "\n");

        var run = repo.Run("scan");

        var line = Assert.Single(run.PhiLines);
        Assert.StartsWith($"long-line.md(1,{dataUri.Length - 18},1,{dataUri.Length + 1}): error PHI006", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_html_is_scanned()
    {
        using var repo = new TempRepository();
        var depth = 10_000;
        repo.Write("testimonials/deep.html", string.Concat(Enumerable.Repeat("<div>", depth)) + "kim@mailbox.example" + string.Concat(Enumerable.Repeat("</div>", depth)));

        var run = repo.Run("scan");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.PhiLines, line => line.StartsWith($"testimonials/deep.html(1,{(depth * 5) + 1},1,{(depth * 5) + 20}): error PHI006", StringComparison.Ordinal));
    }

    [Fact]
    public void Deeply_nested_markdown_is_reported_and_scanned_as_plain_text()
    {
        using var repo = new TempRepository();
        repo.Write("testimonials/deep.md", new string('>', 5_000) + " kim@mailbox.example\n");

        var run = repo.Run("scan");

        Assert.Contains(run.PhiLines, line => line.StartsWith("testimonials/deep.md(1,1,1,1): warning CL1002:", StringComparison.Ordinal) && line.Contains("nested too deeply", StringComparison.Ordinal));
        Assert.Contains(run.PhiLines, line => line.StartsWith("testimonials/deep.md(1,5002,1,5021): error PHI006", StringComparison.Ordinal));
    }

    [Fact]
    public void Symlink_leaving_the_repository_is_reported_not_followed()
    {
        using var repo = new TempRepository();
        using var outside = new TempRepository();
        outside.Write("secret.md", PlantedEmail);
        File.CreateSymbolicLink(Path.Combine(repo.Root, "linked.md"), Path.Combine(outside.Root, "secret.md"));

        var run = ScanWithGoodFile(repo);

        Assert.Contains(run.PhiLines, line => line.StartsWith("linked.md: warning CL1001:", StringComparison.Ordinal));
        Assert.DoesNotContain(run.PhiLines, line => line.StartsWith("linked.md(", StringComparison.Ordinal));
        AssertGoodFileStillScanned(run);
    }

    [Fact]
    public void Symlink_loop_is_reported_and_the_scan_terminates()
    {
        using var repo = new TempRepository();
        Directory.CreateDirectory(Path.Combine(repo.Root, "docs"));
        File.CreateSymbolicLink(Path.Combine(repo.Root, "docs", "loop"), Path.Combine(repo.Root, "docs"));

        var run = ScanWithGoodFile(repo);

        Assert.Contains(run.PhiLines, line => line.StartsWith("docs/loop: warning CL1001:", StringComparison.Ordinal));
        AssertGoodFileStillScanned(run);
    }

    [Fact]
    public void Unreadable_file_is_reported_not_scanned()
    {
        using var repo = new TempRepository();
        // Root reads any file whatever its mode, so a named pipe stands for a file that cannot be read: opening
        // it would block forever, and it must neither hang the scan nor stop it.
        var fifo = Path.Combine(repo.Root, "pipe.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var run = ScanWithGoodFile(repo);

        Assert.Contains(run.PhiLines, line => line.StartsWith("pipe.md: warning CL1001:", StringComparison.Ordinal));
        AssertGoodFileStillScanned(run);
    }

    [Fact]
    public void Yaml_alias_bomb_in_front_matter_is_reported_not_expanded()
    {
        using var repo = new TempRepository();
        var yaml = new System.Text.StringBuilder("a0: &a0 [x, y]\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{level}: &a{level} [{string.Join(",", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        }

        repo.Write("bomb.md", $"---\n{yaml}---\n\nText me at kim@mailbox.example\n");

        var run = repo.Run("scan");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.PhiLines, line => line.StartsWith("bomb.md(14,12,14,31): error PHI006", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_nested_two_hundred_thousand_deep_falls_back_to_plain_text()
    {
        using var repo = new TempRepository();
        var depth = 200_000;
        repo.Write("testimonials/deeper.html", string.Concat(Enumerable.Repeat("<div>", depth)) + "kim@mailbox.example");

        var run = repo.Run("scan");

        Assert.Contains(run.PhiLines, line => line.StartsWith("testimonials/deeper.html(1,1,1,1): warning CL1002:", StringComparison.Ordinal) && line.Contains("nested too deeply", StringComparison.Ordinal));
        Assert.Contains(run.PhiLines, line => line.StartsWith($"testimonials/deeper.html(1,{(depth * 5) + 1},1,{(depth * 5) + 20}): error PHI006", StringComparison.Ordinal));
    }

    [Fact]
    public void Phone_inside_unparsable_front_matter_is_still_found()
    {
        using var repo = new TempRepository();
        repo.Write("broken.md", "---\nCall Jane at 555-201-3300\ntitle: [x\n---\nBody.\n");

        var run = repo.Run("scan");

        Assert.Contains(run.PhiLines, line => line.StartsWith("broken.md(2,14,2,26): error PHI004", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraph_full_of_numbers_and_parentheses_is_scanned_in_linear_time()
    {
        using var repo = new TempRepository();
        repo.Write("testimonials/parens.md", string.Concat(Enumerable.Repeat("555-201-3300 ( ", 100_000)) + "\n");

        var run = repo.Run("scan", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"errors\": 100001", run.Out, StringComparison.Ordinal); // every number, and CON001: a testimonial page needs consent
    }
}
