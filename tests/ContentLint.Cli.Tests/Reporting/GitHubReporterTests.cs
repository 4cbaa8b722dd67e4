using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Reporting;

namespace ContentLint.Cli.Tests.Reporting;

public sealed class GitHubReporterTests
{
    [Fact]
    public void A_scan_prints_one_workflow_command_per_diagnostic_with_the_level_of_its_severity()
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint.yml", "rules:\n  PHI006: warning\n  CON001: note\n");
        repo.Write("content/story.md", "---\ntitle: My story\n---\n\nText me at 207-555-0147 or kim@mailbox.example.\n");

        var run = repo.Run("scan", "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "::notice file=content/story.md,line=1,col=1,endLine=1,endColumn=1,title=CON001::Page needs patient consent front matter and has none",
                "::error file=content/story.md,line=5,col=12,endLine=5,endColumn=24,title=PHI004::Possible telephone number in patient context: ***-***-****",
                "::warning file=content/story.md,line=5,col=28,endLine=5,endColumn=47,title=PHI006::Possible e-mail address in patient context: ***@***.***",
            ],
            run.Lines);
    }

    [Fact]
    public void Percent_and_line_breaks_in_the_message_are_escaped_as_the_toolkit_escapes_data()
    {
        var line = GitHubReporter.Format(new Diagnostic("PHI018", Severity.Error, "a.md", new SourceRange(2, 3, 2, 9), "100% sure\r\nnext: a, b"));

        Assert.Equal("::error file=a.md,line=2,col=3,endLine=2,endColumn=9,title=PHI018::100%25 sure%0D%0Anext: a, b", line);
    }

    [Fact]
    public void Colon_comma_percent_and_line_breaks_in_a_file_name_are_escaped_as_properties()
    {
        var line = GitHubReporter.Format(new Diagnostic("PHI001", Severity.Warning, "posts/a:b,c%d\ne.md", new SourceRange(1, 1, 1, 5), "m"));

        Assert.Equal("::warning file=posts/a%3Ab%2Cc%25d%0Ae.md,line=1,col=1,endLine=1,endColumn=5,title=PHI001::m", line);
    }

    [Fact]
    public void A_range_over_several_lines_has_no_columns_and_a_file_level_problem_has_no_position()
    {
        var multiLine = GitHubReporter.Format(new Diagnostic("PHI002", Severity.Error, "a.md", new SourceRange(3, 5, 4, 2), "m"));
        var fileLevel = GitHubReporter.Format(new Diagnostic("CL1001", Severity.Warning, "b.md", null, "File not scanned"));

        Assert.Equal("::error file=a.md,line=3,endLine=4,title=PHI002::m", multiLine);
        Assert.Equal("::warning file=b.md,title=CL1001::File not scanned", fileLevel);
    }

    [Fact]
    public void Within_the_annotation_limits_no_count_notice_is_printed()
    {
        var output = Write(Diagnostics(10, Severity.Error).Concat(Diagnostics(10, Severity.Warning)).Concat(Diagnostics(10, Severity.Note)));

        Assert.Equal(30, output.Length);
        Assert.DoesNotContain(output, line => line.StartsWith("::notice title=ContentLint", StringComparison.Ordinal));
    }

    [Fact]
    public void Beyond_ten_errors_a_notice_first_counts_every_diagnostic_and_none_is_dropped()
    {
        var output = Write(Diagnostics(11, Severity.Error).Concat(Diagnostics(2, Severity.Note)));

        Assert.Equal(14, output.Length);
        Assert.Equal(
            "::notice title=ContentLint::ContentLint reported 13 diagnostics (11 errors, 0 warnings, 2 notes). GitHub shows at most 10 annotations of each level per step and 50 per job; this step's log lists all of them, and so does the job summary written with --format summary.",
            output[0]);
        Assert.Equal(11, output.Count(line => line.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal(2, output.Count(line => line.StartsWith("::notice file=", StringComparison.Ordinal)));
    }

    [Fact]
    public void Beyond_fifty_diagnostics_in_all_the_count_notice_is_printed_even_within_each_level_limit()
    {
        var report = new ScanReport([.. Diagnostics(51, Severity.Note)], 1, 0, false);

        Assert.NotNull(GitHubReporter.LimitNotice(report));
        Assert.Null(GitHubReporter.LimitNotice(report with { Diagnostics = [.. Diagnostics(10, Severity.Note)] }));
    }

    private static IEnumerable<Diagnostic> Diagnostics(int count, Severity severity) =>
        Enumerable.Range(1, count).Select(i => new Diagnostic("PHI004", severity, "a.md", new SourceRange(i, 1, i, 5), "Possible telephone number"));

    private static string[] Write(IEnumerable<Diagnostic> diagnostics)
    {
        var writer = new StringWriter();
        new GitHubReporter().Write(new ScanReport([.. diagnostics], 1, 0, false), writer);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
