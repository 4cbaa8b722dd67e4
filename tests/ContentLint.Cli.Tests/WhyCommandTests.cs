using System.Text.Json;

namespace ContentLint.Cli.Tests;

public sealed class WhyCommandTests
{
    // Consent is required by path, so the page is a patient story whatever else the profiler looks at.
    private const string Config = "consent:\n  required_paths: [\"content/testimonials/**\"]\n";
    private const string Story = "---\ntitle: A visit\n---\n\nText me at 207-555-0147 or kim@mailbox.example.\n";

    [Fact]
    public void Why_prints_the_page_kind_and_each_findings_rule_confidence_and_reason_without_the_matched_text()
    {
        using var repo = StoryRepository();

        var run = repo.Run("why", "content/testimonials/visit.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("content/testimonials/visit.md", run.Lines[0]);
        Assert.Equal("kind:       story", run.Lines[1]);
        Assert.Matches(@"^evidence:   \S", run.Lines[2]);
        Assert.Equal("language:   " + (Profile(repo).GetProperty("language").GetString() ?? "unknown"), run.Lines[3]);
        var phone = Array.IndexOf(run.Lines, "5:12  PHI004  Patient telephone number");
        Assert.True(phone > 0, run.Out);
        Assert.Equal("severity:   error", run.Lines[phone + 1]);
        Assert.Equal("confidence: high", run.Lines[phone + 2]);
        Assert.Matches(@"^reason:     \S", run.Lines[phone + 3]);
        Assert.Equal("message:    Possible telephone number in patient context: ***-***-****", run.Lines[phone + 4]);
        Assert.Contains("5:28  PHI006  Patient e-mail address", run.Lines);
        Assert.DoesNotContain("0147", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("kim@", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_judges_the_page_with_what_the_sites_team_and_contact_pages_say_and_prints_only_counts()
    {
        using var repo = StoryRepository();
        repo.Write("content/team.md", "---\ntitle: Our Team\n---\n\n**Octavia Abercorn-Tusk, LCSW**, sees adults and couples.\n");
        repo.Write("content/contact.md", "---\ntitle: Contact us\n---\n\nCall us at 207-555-0147.\n");

        var run = repo.Run("why", "content/testimonials/visit.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("site:       its own pages introduce 1 staff and give 1 contact details of the practice (not reported on any page)", run.Lines[4]);
        Assert.DoesNotContain("5:12  PHI004  Patient telephone number", run.Lines);
        Assert.Contains("5:28  PHI006  Patient e-mail address", run.Lines);
        Assert.DoesNotContain("Abercorn", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_shows_the_matched_text_only_with_show_matches()
    {
        using var repo = StoryRepository();

        var run = repo.Run("why", "content/testimonials/visit.md:5", "--show-matches");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("message:    Possible telephone number in patient context: \"207-555-0147\"", run.Lines);
        Assert.Contains("message:    Possible e-mail address in patient context: \"kim@mailbox.example\"", run.Lines);
    }

    [Fact]
    public void Why_gives_the_consent_verdict_with_the_story_evidence_whatever_the_line()
    {
        using var repo = StoryRepository();
        var evidence = Profile(repo).GetProperty("evidence").GetString();

        var run = repo.Run("why", "content/testimonials/visit.md:2");

        var consent = Array.IndexOf(run.Lines, "consent: CON001 Page needs patient consent (1:1)");
        Assert.True(consent > 0, run.Out);
        Assert.Equal("severity:   error", run.Lines[consent + 1]);
        Assert.Equal($"reason:     patient-story page: {evidence}", run.Lines[consent + 2]);
    }

    [Fact]
    public void Why_with_a_line_lists_only_the_findings_on_that_line()
    {
        using var repo = StoryRepository();
        repo.Write("content/testimonials/visit.md", Story + "\nOr fax 207-555-0188 after noon.\n");

        var run = repo.Run("why", "content/testimonials/visit.md:7");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["7:8"], run.Lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+:\d+  ")).Select(l => l.Split("  ")[0]));
    }

    [Fact]
    public void Why_on_a_line_with_nothing_says_so_and_exits_0()
    {
        using var repo = StoryRepository();

        var past = repo.Run("why", "content/testimonials/visit.md:999");
        var empty = repo.Run("why", "content/testimonials/visit.md:4");

        Assert.Equal(0, past.ExitCode);
        Assert.Contains("No finding on line 999: the file has 5 lines.", past.Lines);
        Assert.Equal(0, empty.ExitCode);
        Assert.Contains("No finding on line 4.", empty.Lines);
    }

    [Fact]
    public void Why_on_a_missing_file_or_a_bad_line_is_a_usage_error()
    {
        using var repo = StoryRepository();

        var missing = repo.Run("why", "content/testimonials/nobody.md");
        var badLine = repo.Run("why", "content/testimonials/visit.md:x1");
        var lineZero = repo.Run("why", "content/testimonials/visit.md:0");
        var folder = repo.Run("why", "content");

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("contentlint: error: content/testimonials/nobody.md: the file does not exist", missing.Error.Trim());
        Assert.Equal(2, badLine.ExitCode);
        Assert.Contains("'x1' is not a line number", badLine.Error, StringComparison.Ordinal);
        Assert.Equal(2, lineZero.ExitCode);
        Assert.Equal(2, folder.ExitCode);
        Assert.Empty(missing.Out + badLine.Out + lineZero.Out + folder.Out);
    }

    [Fact]
    public void Why_honours_the_configuration_like_scan()
    {
        using var repo = StoryRepository();
        repo.Write("other.yml", Config + "rules:\n  PHI004: off\n");

        var run = repo.Run("why", "content/testimonials/visit.md", "--config", "other.yml");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(run.Lines, l => l.Contains("PHI004", StringComparison.Ordinal));
        Assert.Contains("5:28  PHI006  Patient e-mail address", run.Lines);
    }

    [Fact]
    public void Why_explains_an_excluded_file_and_says_that_scan_skips_it()
    {
        using var repo = StoryRepository();
        repo.Write(".contentlint.yml", Config + "exclude: [\"content/testimonials/**\"]\n");

        var run = repo.Run("why", "content/testimonials/visit.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Lines, l => l.StartsWith("note:", StringComparison.Ordinal) && l.Contains("'scan' does not read it", StringComparison.Ordinal));
        Assert.Contains("5:12  PHI004  Patient telephone number", run.Lines);
    }

    [Fact]
    public void Why_in_json_gives_the_page_the_findings_and_the_consent_without_the_matched_text()
    {
        using var repo = StoryRepository();

        var run = repo.Run("why", "content/testimonials/visit.md:5", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("content/testimonials/visit.md", root.GetProperty("path").GetString());
        Assert.Equal(5, root.GetProperty("line").GetInt32());
        Assert.Equal("story", root.GetProperty("page").GetProperty("kind").GetString());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["PHI004", "PHI006"], findings.Select(f => f.GetProperty("ruleId").GetString()));
        Assert.Equal([12, 28], findings.Select(f => f.GetProperty("column").GetInt32()));
        Assert.All(findings, f => Assert.Equal("high", f.GetProperty("confidence").GetString()));
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("reason").GetString())));
        Assert.Equal("CON001", Assert.Single(root.GetProperty("consent").GetProperty("findings").EnumerateArray()).GetProperty("ruleId").GetString());
        Assert.DoesNotContain("0147", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_json_and_sarif_give_every_finding_a_confidence()
    {
        using var repo = StoryRepository();

        using var json = JsonDocument.Parse(repo.Run("scan", "--format", "json").Out);
        using var sarif = JsonDocument.Parse(repo.Run("scan", "--format", "sarif").Out);

        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["CON001", "PHI004", "PHI006"], diagnostics.Select(d => d.GetProperty("ruleId").GetString()));
        Assert.Equal(["high", "high", "high"], diagnostics.Select(d => d.GetProperty("confidence").GetString()));
        Assert.StartsWith("patient-story page: ", diagnostics[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["high", "high", "high"], results.Select(r => r.GetProperty("properties").GetProperty("confidence").GetString()));
        Assert.Equal(diagnostics[0].GetProperty("reason").GetString(), results[0].GetProperty("properties").GetProperty("reason").GetString());
    }

    private static TempRepository StoryRepository()
    {
        var repo = new TempRepository();
        repo.Write(".contentlint.yml", Config);
        repo.Write("content/testimonials/visit.md", Story);
        return repo;
    }

    /// <summary>The page's profile as <c>why --format json</c> gives it, so the text tests do not pin the profiler's wording.</summary>
    private static JsonElement Profile(TempRepository repo) =>
        JsonDocument.Parse(repo.Run("why", "content/testimonials/visit.md", "--format", "json").Out).RootElement.GetProperty("page").Clone();
}
