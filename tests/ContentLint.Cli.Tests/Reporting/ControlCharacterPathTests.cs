using System.Text.Json;

namespace ContentLint.Cli.Tests.Reporting;

/// <summary>
/// Issue 17 item 10: a file name holding a line break, ESC or another control character must not reach any output
/// raw, where it could end a line early and start a live workflow command (<c>::warning …</c>) or drive a terminal.
/// </summary>
public sealed class ControlCharacterPathTests
{
    // Linux allows every character but '/' and NUL in a file name.
    private const string InjectingName = "y\n::warning file=ok.md,line=1::INJECTED\n.md";
    private const string TerminalName = "e\u001b[31mred\u007f\u0085\u2028\u2029\tz.md";
    private const string Page = "Call Jane Roe at 207-555-0199 about her knee surgery.\n";

    private static readonly string[] ExpectedNames = [.. new[] { InjectingName, TerminalName }.Order(StringComparer.Ordinal)];

    public static TheoryData<string> Formats => ["msbuild", "github", "summary", "json", "sarif"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_control_character_in_a_file_name_is_never_printed_raw(string format)
    {
        using var repo = new TempRepository();
        repo.Write(InjectingName, Page);
        repo.Write(TerminalName, Page);

        var run = repo.Run("scan", "--format", format);

        Assert.Equal(1, run.ExitCode);
        AssertPrintable(run.Out);
        AssertPrintable(run.Error);
        var commands = run.Out.Split('\n').Where(line => line.StartsWith("::", StringComparison.Ordinal)).ToList();
        if (format == "github")
        {
            // The tool's own annotations only: one per diagnostic, none of them the injected one.
            Assert.All(commands, line => Assert.Matches("^::(error|warning|notice) file=(y%0A%3A%3Awarning|e)", line));
            Assert.Contains(commands, line => line.StartsWith("::error file=y%0A%3A%3Awarning file=ok.md%2Cline=1%3A%3AINJECTED%0A.md,", StringComparison.Ordinal));
        }
        else
        {
            Assert.Empty(commands);
        }
    }

    [Fact]
    public void Msbuild_lines_name_the_file_with_escaped_control_characters()
    {
        using var repo = new TempRepository();
        repo.Write(InjectingName, Page);
        repo.Write(TerminalName, Page);

        var run = repo.Run("scan", "--format", "msbuild");

        Assert.Contains(@"y\x0A::warning file=ok.md,line=1::INJECTED\x0A.md(1,18,1,30): error PHI004: ", run.Out, StringComparison.Ordinal);
        Assert.Contains(@"e\x1B[31mred\x7F\x85\u2028\u2029\x09z.md(1,18,1,30): error PHI004: ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_sarif_keep_the_exact_file_name_in_their_own_escaping()
    {
        using var repo = new TempRepository();
        repo.Write(InjectingName, Page);
        repo.Write(TerminalName, Page);

        var run = repo.Run("scan", "--format", "json", "--sarif", "report.sarif");

        using var json = JsonDocument.Parse(run.Out);
        var jsonPaths = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()).ToHashSet();
        Assert.Equal(ExpectedNames, jsonPaths.Order(StringComparer.Ordinal));
        var sarifText = File.ReadAllText(Path.Combine(repo.Root, "report.sarif"));
        AssertPrintable(sarifText);
        using var sarif = JsonDocument.Parse(sarifText);
        var uris = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)
            .ToHashSet();
        Assert.All(uris, uri => Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative), uri));
        Assert.Equal(ExpectedNames, uris.Select(Uri.UnescapeDataString).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Summary_file_names_the_file_with_escaped_control_characters()
    {
        using var repo = new TempRepository();
        repo.Write(InjectingName, Page);

        var run = repo.Run("scan", "--format", "summary");

        Assert.Contains(@"| `y\x0A::warning file=ok.md,line=1::INJECTED\x0A.md` | 2 | 0 | 0 |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_on_stderr_that_name_a_path_escape_its_control_characters()
    {
        using var repo = new TempRepository();

        var run = repo.Run("scan", "missing\n::error::INJECTED\u001b[2J.md");

        Assert.Equal(2, run.ExitCode);
        AssertPrintable(run.Error);
        Assert.DoesNotContain(run.Error.Split('\n'), line => line.StartsWith("::", StringComparison.Ordinal));
        Assert.Contains(@"missing\x0A::error::INJECTED\x1B[2J.md", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_errors_on_stderr_escape_the_configuration_path()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", Page);
        repo.Write("c\n::error::X\u001b.yml", "rules: [\n");

        var run = repo.Run("scan", "--config", "c\n::error::X\u001b.yml");

        Assert.Equal(2, run.ExitCode);
        AssertPrintable(run.Error);
        Assert.Contains(@"c\x0A::error::X\x1B.yml", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Only the line ends the tool writes itself: no other C0 or C1 control character, no Unicode line separator.</summary>
    private static void AssertPrintable(string output)
    {
        var bad = output.Where(c => (char.IsControl(c) && c != '\n') || c is '\u2028' or '\u2029').Select(c => $"U+{(int)c:X4}").Distinct().ToList();
        Assert.True(bad.Count == 0, $"raw control characters in the output: {string.Join(", ", bad)}");
    }
}
