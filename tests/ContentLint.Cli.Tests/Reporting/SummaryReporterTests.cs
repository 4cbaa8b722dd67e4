using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Reporting;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Tests.Reporting;

public sealed class SummaryReporterTests
{
    [Fact]
    public void A_scan_summary_has_totals_and_tables_by_rule_by_file_and_finding()
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint.yml", "rules:\n  PHI006: warning\n  CON001: note\n");
        repo.Write("content/story.md", "---\ntitle: My story\n---\n\nText me at 207-555-0147 or kim@mailbox.example.\n");
        repo.Write("content/other.md", "Call 207-555-0199 about my knee surgery.\n");
        repo.Write("content/clean.md", "Brush twice a day.\n");

        var run = repo.Run("scan", "--format", "summary");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """
            ## ContentLint

            **2 errors, 1 warning, 2 notes** in 3 files scanned (0 not scanned).

            ### By rule

            | Rule | Title | Count |
            |---|---|---:|
            | CON001 | Page needs patient consent | 2 |
            | PHI004 | Patient telephone number | 2 |
            | PHI006 | Patient e-mail address | 1 |

            ### By file

            | File | Errors | Warnings | Notes |
            |---|---:|---:|---:|
            | `content/other.md` | 1 | 0 | 1 |
            | `content/story.md` | 1 | 1 | 1 |

            ### Findings

            | Severity | File | Line | Rule | Message |
            |---|---|---:|---|---|
            | error | `content/other.md` | 1 | PHI004 | Possible telephone number in patient context: \*\*\*-\*\*\*-\*\*\*\* |
            | error | `content/story.md` | 5 | PHI004 | Possible telephone number in patient context: \*\*\*-\*\*\*-\*\*\*\* |
            | warning | `content/story.md` | 5 | PHI006 | Possible e-mail address in patient context: \*\*\*@\*\*\*.\*\*\* |
            | note | `content/other.md` | 1 | CON001 | Page needs patient consent front matter and has none |
            | note | `content/story.md` | 1 | CON001 | Page needs patient consent front matter and has none |

            """.ReplaceLineEndings("\n"),
            run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_clean_scan_says_no_findings()
    {
        using var repo = new TempRepository();
        repo.Write("index.md", "Brush twice a day.\n");

        var run = repo.Run("scan", "--format", "summary");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["## ContentLint", "**0 errors, 0 warnings, 0 notes** in 1 file scanned (0 not scanned).", "No findings."], run.Lines);
    }

    [Fact]
    public void Pipes_line_breaks_and_markup_in_cells_are_escaped()
    {
        var diagnostic = new Diagnostic("CL1001", Severity.Warning, "posts/a|b`c.md", null, "bad | cell\nwith <b>*markup*</b>");

        var lines = Write([diagnostic], RuleCatalog.Default.Rules.Count);

        Assert.Contains("| ``posts/a\\|b`c.md`` | 0 | 1 | 0 |", lines);
        Assert.Contains("| warning | ``posts/a\\|b`c.md`` |  | CL1001 | bad \\| cell with \\<b\\>\\*markup\\*\\</b\\> |", lines);
        Assert.Contains("| CL1001 | File not scanned | 1 |", lines);
    }

    [Fact]
    public void The_findings_list_is_cut_after_the_limit_with_errors_first_and_says_so()
    {
        var diagnostics = Enumerable.Range(1, 5)
            .Select(i => new Diagnostic("PHI004", i == 5 ? Severity.Error : Severity.Note, "a.md", new SourceRange(i, 1, i, 2), "m"))
            .ToList();

        var lines = Write(diagnostics, maxFindings: 2);

        var findings = lines.Where(l => l.StartsWith("| error ", StringComparison.Ordinal) || l.StartsWith("| note ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["| error | `a.md` | 5 | PHI004 | m |", "| note | `a.md` | 1 | PHI004 | m |"], findings);
        Assert.Equal("Showing the first 2 of 5 diagnostics (errors first). `contentlint scan` or `--format json` lists them all.", lines[^1]);
        Assert.Contains("| PHI004 | Patient telephone number | 5 |", lines);
    }

    private static string[] Write(IReadOnlyList<Diagnostic> diagnostics, int maxFindings)
    {
        var writer = new StringWriter();
        new SummaryReporter(RuleCatalog.Default, maxFindings).Write(new ScanReport(diagnostics, 1, 0, false), writer);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
