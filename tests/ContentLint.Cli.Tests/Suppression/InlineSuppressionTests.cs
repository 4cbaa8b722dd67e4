namespace ContentLint.Cli.Tests.Suppression;

/// <summary>Suppression comments in Markdown and HTML, the front-matter block, and the CL1003/CL1004 diagnostics.</summary>
public sealed class InlineSuppressionTests
{
    private const string Phone = "Our patient said call me at 303-555-0142 any time.";

    private static CliRun Scan(string path, string text, params string[] extra)
    {
        using var repo = new TempRepository();
        repo.Write(path, text);
        return repo.Run(["scan", .. extra]);
    }

    /// <summary>"line: CODE" for every diagnostic, e.g. "5: PHI004".</summary>
    private static string[] Codes(CliRun run) =>
        [.. run.Lines.Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^\S+?\((\d+),\d+(?:,\d+,\d+)?\): \w+ (\w+):"))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups[1].Value}: {m.Groups[2].Value}")];

    [Fact]
    public void Disable_next_line_suppresses_the_named_rule_on_the_next_non_blank_line_only()
    {
        var run = Scan("a.md", $"<!-- contentlint-disable-next-line PHI004 -- old clinic line -->\n\n{Phone}\n\n{Phone}\n");

        Assert.Equal(["5: PHI004"], Codes(run).Where(c => c.Contains("PHI004", StringComparison.Ordinal)));
        Assert.DoesNotContain(Codes(run), c => c.Contains("CL100", StringComparison.Ordinal));
    }

    [Fact]
    public void Disable_next_line_does_not_suppress_other_rules_on_that_line()
    {
        var run = Scan("a.md", "<!-- contentlint-disable-next-line PHI004 -->\nMail me at mary.smith@gmail.com or 303-555-0142, says our patient.\n");

        Assert.Contains("2: PHI006", Codes(run));
        Assert.DoesNotContain("2: PHI004", Codes(run));
    }

    [Fact]
    public void Disable_next_line_takes_a_comma_separated_rule_list()
    {
        var run = Scan("a.md", "<!-- contentlint-disable-next-line PHI004,PHI006 -- shared inbox -->\nMail me at mary.smith@gmail.com or 303-555-0142, says our patient.\n");

        Assert.DoesNotContain("2: PHI004", Codes(run));
        Assert.DoesNotContain("2: PHI006", Codes(run));
        Assert.DoesNotContain(Codes(run), c => c.Contains("CL100", StringComparison.Ordinal));
    }

    [Fact]
    public void Disable_enable_range_covers_the_lines_between_and_not_after()
    {
        var run = Scan("a.md", $"{Phone}\n<!-- contentlint-disable PHI004 -->\n{Phone}\n{Phone}\n<!-- contentlint-enable -->\n{Phone}\n");

        Assert.Equal(["1: PHI004", "6: PHI004"], Codes(run).Where(c => c.Contains("PHI004", StringComparison.Ordinal)));
    }

    [Fact]
    public void Disable_without_enable_runs_to_the_end_of_the_file()
    {
        var run = Scan("a.md", $"{Phone}\n<!-- contentlint-disable PHI004 -->\n{Phone}\n\n\n{Phone}\n");

        Assert.Equal(["1: PHI004"], Codes(run).Where(c => c.Contains("PHI004", StringComparison.Ordinal)));
    }

    [Fact]
    public void Enable_naming_a_rule_ends_only_that_rule_s_range()
    {
        var text = "<!-- contentlint-disable PHI004 PHI006 -->\n<!-- contentlint-enable PHI004 -->\nMail me at mary.smith@gmail.com or 303-555-0142, says our patient.\n";

        var codes = Codes(Scan("a.md", text));

        Assert.Contains("3: PHI004", codes);
        Assert.DoesNotContain("3: PHI006", codes);
    }

    [Fact]
    public void Html_files_use_the_same_comments()
    {
        var run = Scan("a.html", $"<html><body>\n<!-- contentlint-disable-next-line PHI004 -->\n<p>{Phone}</p>\n<p>{Phone}</p>\n</body></html>\n");

        Assert.Equal(["4: PHI004"], Codes(run).Where(c => c.Contains("PHI004", StringComparison.Ordinal)));
    }

    [Fact]
    public void Comment_in_a_Markdown_html_block_is_a_directive_too()
    {
        var run = Scan("a.md", $"<div>\n<!-- contentlint-disable PHI004 -->\n</div>\n\n{Phone}\n");

        Assert.DoesNotContain(Codes(run), c => c.Contains("PHI004", StringComparison.Ordinal));
    }

    [Fact]
    public void Directive_shown_inside_a_code_block_is_only_an_example()
    {
        var run = Scan("a.md", $"```html\n<!-- contentlint-disable PHI004 -->\n```\n\n{Phone}\n");

        Assert.Contains("5: PHI004", Codes(run));
        Assert.DoesNotContain(Codes(run), c => c.Contains("CL100", StringComparison.Ordinal));
    }

    [Fact]
    public void Front_matter_disable_suppresses_the_rule_on_the_whole_page()
    {
        var run = Scan("a.md", $"---\ntitle: Visit\ncontentlint: {{ disable: [PHI004], reason: \"the practice's after-hours line\" }}\n---\n\n{Phone}\n\n{Phone}\n");

        Assert.DoesNotContain(Codes(run), c => c.Contains("PHI004", StringComparison.Ordinal) || c.Contains("CL100", StringComparison.Ordinal));
    }

    [Fact]
    public void Front_matter_disable_can_suppress_a_consent_rule()
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint.yml", "consent:\n  required_paths: [\"stories/**\"]\n");
        repo.Write("stories/a.md", "---\ntitle: Visit\ncontentlint:\n  disable: [CON001]\n  reason: reviewed by privacy officer\n---\n\nA good visit.\n");

        var run = repo.Run("scan");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Codes(run));
    }

    [Fact]
    public void Suppressed_findings_do_not_make_a_page_need_consent()
    {
        var text = "My name is Mary Smith and my knee surgery for arthritis went well.\n";
        var plain = Codes(Scan("a.md", text));
        var suppressed = Codes(Scan("a.md", "<!-- contentlint-disable-next-line PHI001 -- a character in a made-up example -->\n" + text));

        Assert.Contains(plain, c => c.EndsWith("PHI001", StringComparison.Ordinal));
        Assert.Contains(plain, c => c.EndsWith("CON001", StringComparison.Ordinal));
        Assert.Empty(suppressed);
    }

    [Fact]
    public void Directive_without_a_rule_list_is_a_CL1003_error_and_suppresses_nothing()
    {
        var run = Scan("a.md", $"<!-- contentlint-disable-next-line -- no idea -->\n{Phone}\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1: CL1003", Codes(run));
        Assert.Contains("2: PHI004", Codes(run));
        Assert.Contains(run.Lines, line => line.StartsWith("a.md(1,6,1,46): error CL1003: invalid suppression: contentlint-disable-next-line needs a rule list", StringComparison.Ordinal));
    }

    [Fact]
    public void Bare_disable_is_an_error_too()
    {
        var run = Scan("a.md", $"<!-- contentlint-disable -->\n{Phone}\n");

        Assert.Equal(["1: CL1003", "2: PHI004"], Codes(run).Where(c => !c.Contains("CON", StringComparison.Ordinal)));
    }

    [Fact]
    public void Front_matter_disable_without_rules_is_an_error()
    {
        var run = Scan("a.md", $"---\ncontentlint: {{ disable: [] }}\n---\n{Phone}\n");

        Assert.Contains("2: CL1003", Codes(run));
        Assert.Contains("4: PHI004", Codes(run));
    }

    [Fact]
    public void Unknown_rule_ID_is_an_error_pointing_at_the_ID_without_quoting_it()
    {
        var run = Scan("a.md", $"<!-- contentlint-disable-next-line PHI004, PHI099 -->\n{Phone}\n");

        var line = Assert.Single(run.Lines, l => l.Contains("CL1003", StringComparison.Ordinal));
        Assert.StartsWith("a.md(1,44,1,50): error CL1003: invalid suppression: unknown rule ID", line, StringComparison.Ordinal);
        Assert.DoesNotContain("PHI099", line, StringComparison.Ordinal);
        Assert.DoesNotContain("2: PHI004", Codes(run));
    }

    [Fact]
    public void Unknown_directive_keyword_is_an_error()
    {
        var run = Scan("a.md", $"<!-- contentlint-disable-line PHI004 -->\n{Phone}\n");

        Assert.Contains("1: CL1003", Codes(run));
    }

    [Fact]
    public void Rule_IDs_are_case_insensitive()
    {
        var run = Scan("a.md", $"<!-- contentlint-disable-next-line phi004 -->\n{Phone}\n");

        Assert.Empty(Codes(run));
    }

    [Fact]
    public void Unused_suppression_is_a_note_naming_the_rule_at_the_directive()
    {
        var run = Scan("a.md", $"<!-- contentlint-disable-next-line PHI004, PHI006 -->\n{Phone}\n");

        var note = Assert.Single(run.Lines, l => l.Contains("CL1004", StringComparison.Ordinal));
        Assert.Equal("a.md(1,6,1,50): info CL1004: unused suppression: no PHI006 finding on the next line; remove PHI006 from the directive", note);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, Scan("a.md", $"<!-- contentlint-disable-next-line PHI004, PHI006 -->\n{Phone}\n", "--fail-on", "note").ExitCode);
    }

    [Fact]
    public void Unused_range_and_page_suppressions_are_notes()
    {
        var run = Scan("a.md", "---\ncontentlint: { disable: [PHI007] }\n---\n<!-- contentlint-disable PHI005 -->\nA quiet page.\n<!-- contentlint-enable -->\n");

        Assert.Equal(["2: CL1004", "4: CL1004"], Codes(run));
    }

    [Fact]
    public void Plain_comments_and_directive_comments_report_nothing_by_themselves()
    {
        var run = Scan("a.md", "<!-- TODO: new photo -->\n<!-- contentlint-disable-next-line PHI004 -- kept for the archive -->\nOur patient said call me at 303-555-0142 any time.\n");

        Assert.Empty(Codes(run));
        Assert.Equal(0, run.ExitCode);
    }
}
