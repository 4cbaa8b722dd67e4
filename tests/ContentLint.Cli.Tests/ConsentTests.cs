namespace ContentLint.Cli.Tests;

/// <summary>The consent rules CON001–CON005 on whole pages, judged on a fixed date (<c>--today</c>).</summary>
public sealed class ConsentTests
{
    private const string Config = """
        privacy_reviewers: ["Maria Lopez"]
        consent:
          required_paths: ["content/testimonials/**"]
        """;

    private const string Today = "2026-06-15";

    private static string Page(string consent, string body = "A lovely visit, my cell is 303-555-0142.\n") =>
        $"---\ntitle: Story\n{consent}---\n\n{body}";

    private static string Block(string status = "granted", string? formId = "AUTH-1", string? signed = "2026-01-10", string? expires = null,
        string scope = "[name, contact, condition, testimonial]", string? approver = "Dr. Maria Lopez")
    {
        var lines = new List<string> { "consent:", $"  status: {status}" };
        if (formId is not null)
        {
            lines.Add($"  form_id: \"{formId}\"");
        }

        if (signed is not null)
        {
            lines.Add($"  signed: {signed}");
        }

        if (expires is not null)
        {
            lines.Add($"  expires: {expires}");
        }

        lines.Add($"  scope: {scope}");
        if (approver is not null)
        {
            lines.Add($"  approved_by: \"{approver}\"");
        }

        return string.Join('\n', lines) + "\n";
    }

    private static CliRun Scan(string path, string page, string? today = Today)
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint.yml", Config);
        repo.Write(path, page);
        return today is null ? repo.Run("scan") : repo.Run("scan", "--today", today);
    }

    private static string[] ConsentLines(CliRun run) =>
        [.. run.Lines.Where(line => line.Contains(" CON0", StringComparison.Ordinal)).Select(line => line[..(line.IndexOf(": ", line.IndexOf(" CON0", StringComparison.Ordinal), StringComparison.Ordinal))])];

    [Fact]
    public void Page_under_required_paths_without_consent_is_CON001_at_line_1()
    {
        var run = Scan("content/testimonials/a.md", "---\ntitle: Story\n---\n\nWe loved it.\n");

        Assert.Equal(["content/testimonials/a.md(1,1,1,1): error CON001"], ConsentLines(run));
        Assert.Equal(1, run.ExitCode);
    }

    [Theory]
    [InlineData("layout: testimonial\n")]
    [InlineData("type: Patient Story\n")]
    [InlineData("tags: [news, case_study]\n")]
    [InlineData("categories:\n  - Before After\n")]
    public void Front_matter_marker_makes_a_page_need_consent(string marker)
    {
        var run = Scan("blog/a.md", $"---\ntitle: Story\n{marker}---\n\nWe loved it.\n");

        Assert.Equal(["blog/a.md(1,1,1,1): error CON001"], ConsentLines(run));
    }

    [Fact]
    public void Html_front_matter_marker_counts_like_markdown()
    {
        var run = Scan("pages/story.html", "---\nlayout: testimonial\n---\n<p>We loved it.</p>\n");

        Assert.Equal(["pages/story.html(1,1,1,1): error CON001"], ConsentLines(run));
    }

    [Fact]
    public void Page_with_patient_phone_and_no_consent_needs_consent()
    {
        var run = Scan("blog/a.md", "---\ntitle: x\n---\n\nText me at 303-555-0142.\n");

        Assert.Equal(["blog/a.md(1,1,1,1): error CON001"], ConsentLines(run));
    }

    [Fact]
    public void Plain_blog_post_needs_no_consent()
    {
        var run = Scan("blog/a.md", "---\ntitle: Flossing\n---\n\nFloss daily.\n");

        Assert.Empty(run.Lines);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Valid_consent_turns_covered_findings_into_notes_and_passes()
    {
        var run = Scan("content/testimonials/a.md", Page(Block()));

        Assert.Empty(ConsentLines(run));
        var note = Assert.Single(run.Lines);
        Assert.StartsWith("content/testimonials/a.md(11,28,11,40): info PHI004:", note, StringComparison.Ordinal);
        Assert.EndsWith("(covered by the page's consent)", note, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Consent_fields_are_never_reported_as_phi()
    {
        var run = Scan("content/testimonials/a.md", Page(Block(formId: "555-201-3300"), body: "We loved it.\n"));

        Assert.Empty(run.Lines);
    }

    [Fact]
    public void Scope_without_contact_is_CON004_at_the_scope_key_and_the_phone_stays_an_error()
    {
        var run = Scan("content/testimonials/a.md", Page(Block(scope: "[name, photo]")));

        Assert.Equal(["content/testimonials/a.md(7,3,7,3): error CON004"], ConsentLines(run));
        Assert.Contains(run.Lines, line => line.StartsWith("content/testimonials/a.md(11,28,11,40): error PHI004", StringComparison.Ordinal));
        Assert.Contains("PHI004 (scope 'contact')", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("form_id", 3)]
    [InlineData("signed", 3)]
    [InlineData("approved_by", 3)]
    public void Missing_field_is_CON002_at_the_consent_key(string missing, int line)
    {
        var block = missing switch
        {
            "form_id" => Block(formId: null),
            "signed" => Block(signed: null),
            _ => Block(approver: null),
        };

        var run = Scan("content/testimonials/a.md", Page(block));

        var consent = Assert.Single(ConsentLines(run));
        Assert.StartsWith($"content/testimonials/a.md({line},", consent, StringComparison.Ordinal);
        Assert.EndsWith("error CON002", consent, StringComparison.Ordinal);
        Assert.Contains($"consent.{missing}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Approver_who_is_not_a_privacy_reviewer_is_CON002_at_the_value()
    {
        var run = Scan("content/testimonials/a.md", Page(Block(approver: "Front Desk")));

        Assert.Equal(["content/testimonials/a.md(8,16,8,16): error CON002"], ConsentLines(run));
        Assert.DoesNotContain("Front Desk", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status: approved", "status")]
    [InlineData("scope: [name, everything]", "scope")]
    [InlineData("signed: last spring", "signed")]
    public void Invalid_value_is_CON002_naming_the_key(string replacement, string key)
    {
        var block = Block();
        var prefix = replacement[..replacement.IndexOf(':', StringComparison.Ordinal)];
        var lines = block.Split('\n').Select(l => l.TrimStart().StartsWith(prefix + ":", StringComparison.Ordinal) ? "  " + replacement : l);

        var run = Scan("content/testimonials/a.md", Page(string.Join('\n', lines)));

        Assert.EndsWith("error CON002", Assert.Single(ConsentLines(run)), StringComparison.Ordinal);
        Assert.Contains($"consent.{key}", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maria Gonzalez", "unknown key (expected one of: status, form_id, signed, expires, scope, approved_by) at 'consent'")]
    [InlineData("expries", "unknown key (did you mean 'expires'?) at 'consent'")]
    public void Unknown_consent_key_is_CON002_at_the_key_and_never_printed(string key, string message)
    {
        var run = Scan("content/testimonials/a.md", Page(Block() + $"  {key}: knee surgery\n"));

        Assert.Equal(["content/testimonials/a.md(9,3,9,3): error CON002"], ConsentLines(run));
        Assert.Contains(message, run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(key, run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoked_consent_is_CON003_at_the_status_key_and_findings_stay_errors()
    {
        var run = Scan("content/testimonials/a.md", Page(Block(status: "revoked")));

        Assert.Equal(["content/testimonials/a.md(4,3,4,3): error CON003"], ConsentLines(run));
        Assert.Contains(run.Lines, line => line.Contains("error PHI004", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-06-14", true)]
    [InlineData("2026-06-15", false)]
    [InlineData("2026-06-16", false)]
    public void Consent_expiring_today_is_still_valid_today(string expires, bool expired)
    {
        var run = Scan("content/testimonials/a.md", Page(Block(expires: expires)));

        Assert.Equal(expired ? ["content/testimonials/a.md(7,3,7,3): error CON003"] : [], ConsentLines(run));
    }

    [Fact]
    public void Malformed_consent_is_not_also_checked_for_scope()
    {
        var run = Scan("content/testimonials/a.md", Page(Block(formId: null, scope: "[photo]")));

        Assert.EndsWith("error CON002", Assert.Single(ConsentLines(run)), StringComparison.Ordinal);
    }

    [Fact]
    public void Deidentified_page_with_an_identifier_is_CON005_at_the_claim()
    {
        var run = Scan("blog/a.md", Page("deidentified: safe-harbor\n"));

        Assert.Equal(["blog/a.md(3,1,3,1): error CON005"], ConsentLines(run));
    }

    [Fact]
    public void Deidentified_page_without_identifiers_passes_even_under_required_paths()
    {
        var run = Scan("content/testimonials/a.md", Page("deidentified: safe-harbor\n", body: "A patient in her sixties regained full motion.\n"));

        Assert.Empty(run.Lines);
    }

    [Fact]
    public void Bad_today_is_a_usage_error()
    {
        var run = Scan("blog/a.md", "x\n", today: "tomorrow");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--today", run.Error, StringComparison.Ordinal);
    }
}
