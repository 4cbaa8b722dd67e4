using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Pipeline;

/// <summary>
/// The site roster (docs/whose-details.md): what a team page, a contact page and the site's frame say about the
/// practice applies to every page of the scan. Names and details here are invented.
/// </summary>
public sealed class SiteRosterTests
{
    private static readonly IReadOnlyList<IDetector> Detectors = DetectorRegistry.CreateAll(RuleCatalog.Default);

    private const string TeamPage = "---\ntitle: Our Team\n---\n\n## Meet the dentists\n\n**Velma Quarrington, DDS**, has practised family dentistry for twenty years.\n";

    private const string Story = "---\ntitle: A new crown\n---\n\n\"I was terrified of the drill, but Velma explained every step and I felt calm.\"\n\n\u2014 Odalys P.\n";

    private const string ContactPage = "---\ntitle: Contact us\n---\n\nCall us at (503) 555-0142 or write to hello@quarringtondental.example.\n\nVisit us at 48 Pellworth Lane, Quellport Falls, OR 97999.\n";

    private const string StoryWithFooter = "---\ntitle: Back to running\n---\n\n\"My knee is fine again. Call me anytime, my cell is (503) 555-0199.\" \u2014 Odalys P.\n\nQuestions about your own knee? Phone (503) 555-0142, hello@quarringtondental.example, 48 Pellworth Lane, Quellport Falls, OR 97999.\n";

    [Fact]
    public void A_given_name_the_team_page_introduces_is_staff_on_a_story()
    {
        var alone = Scan(("content/testimonials/crown.md", Story));
        var withTeam = Scan(("content/testimonials/crown.md", Story), ("content/team/_index.md", TeamPage));

        Assert.Equal(2, Names(alone, "content/testimonials/crown.md").Count); // the given name in the quote and the signature
        Assert.Single(Names(withTeam, "content/testimonials/crown.md")); // the signature only
        Assert.Equal(7, Names(withTeam, "content/testimonials/crown.md")[0].Range!.Value.StartLine);
    }

    [Fact]
    public void A_patient_who_shares_the_clinicians_given_name_is_still_reported()
    {
        const string story = "---\ntitle: Braces\n---\n\n\"My daughter Velma Brixcombe got her braces off last week.\" \u2014 Odalys P.\n";
        var report = Scan(("content/testimonials/braces.md", story), ("content/team/_index.md", TeamPage));

        Assert.Equal(2, Names(report, "content/testimonials/braces.md").Count);
    }

    [Fact]
    public void The_contact_pages_details_are_the_practices_on_a_story_but_a_patients_number_is_not()
    {
        var alone = Scan(("content/testimonials/knee.md", StoryWithFooter));
        var withContact = Scan(("content/testimonials/knee.md", StoryWithFooter), ("content/contact.md", ContactPage));

        var before = Codes(alone, "content/testimonials/knee.md");
        var after = Codes(withContact, "content/testimonials/knee.md");
        Assert.Equal(2, before.Count(c => c == "PHI004"));
        Assert.Contains("PHI006", before);
        Assert.Contains("PHI002", before);
        Assert.Equal(["PHI004"], after.Where(c => c.StartsWith("PHI00", StringComparison.Ordinal) && c != "PHI001").ToArray());
        Assert.Equal(5, withContact.Diagnostics.Single(d => d.Path == "content/testimonials/knee.md" && d.Code == "PHI004").Range!.Value.StartLine);
    }

    [Fact]
    public void A_number_in_a_comment_of_the_contact_page_is_not_learned()
    {
        const string contact = "---\ntitle: Contact us\n---\n\n<!-- test submission: (503) 555-0199 -->\n\nCall us at (503) 555-0142.\n";
        var report = Scan(("content/testimonials/knee.md", StoryWithFooter), ("content/contact.md", contact));

        Assert.Single(report.Diagnostics, d => d.Path == "content/testimonials/knee.md" && d.Code == "PHI004");
    }

    [Fact]
    public void A_given_name_several_stories_report_alone_stays_a_patients()
    {
        const string first = "---\ntitle: First\n---\n\n\"Thanks to Octavia my jaw pain is gone.\"\n";
        const string second = "---\ntitle: Second\n---\n\n\"My chipped tooth was fixed in one visit, all thanks to Octavia.\"\n";
        var one = Scan(("content/testimonials/first.md", first));
        var two = Scan(("content/testimonials/first.md", first), ("content/testimonials/second.md", second));

        // Patients share given names: a name recurring across stories is no proof of a clinician (docs/whose-details.md).
        Assert.Single(Names(one, "content/testimonials/first.md"));
        Assert.Single(Names(two, "content/testimonials/first.md"));
        Assert.Single(Names(two, "content/testimonials/second.md"));
    }

    [Fact]
    public void A_full_name_two_pages_give_a_clinician_title_is_staff_but_an_articles_cited_doctor_is_not()
    {
        const string home = "---\ntitle: Welcome\n---\n\nDr. Ignatius Vantongeren sees families on weekdays.\n";
        const string news = "---\ntitle: Open day\n---\n\nDr. Ignatius Vantongeren will give a talk at the open day.\n";
        const string story = "---\ntitle: Gentle care\n---\n\n\"I was nervous, but Ignatius was gentle with my filling.\"\n";
        const string article = "---\ntitle: Sugar\n---\n\nDr. Evangeline Sturtevant-Oyelowo argues that sugar taxes work.\n";
        const string otherArticle = "---\ntitle: More sugar\n---\n\nDr. Evangeline Sturtevant-Oyelowo found lower decay rates.\n";
        const string otherStory = "---\ntitle: Calm\n---\n\n\"My filling went well and Evangeline held my hand.\"\n";

        var report = Scan(("content/_index.md", home), ("content/news/open-day.md", news), ("content/testimonials/gentle.md", story),
            ("content/blog/sugar.md", article), ("content/blog/more-sugar.md", otherArticle), ("content/testimonials/calm.md", otherStory));

        Assert.Empty(Names(report, "content/testimonials/gentle.md"));
        Assert.Single(Names(report, "content/testimonials/calm.md"));
    }

    [Fact]
    public void A_page_scanned_alone_has_an_empty_roster()
    {
        var scanner = new Scanner(Options(), Detectors);

        var result = scanner.Scan(new SourceFile("content/team/_index.md", TeamPage));

        Assert.Same(SiteRoster.Empty, result.Profile!.Site);
    }

    [Fact]
    public void Why_learns_the_roster_as_a_scan_does()
    {
        var scanner = new Scanner(Options(), Detectors);
        IReadOnlyList<SourceFile> pages = [new("content/team/_index.md", TeamPage), new("content/contact.md", ContactPage)];

        var roster = ScanRunner.LearnRoster(scanner, pages, ScanInput.Readable);
        var result = scanner.Scan(new SourceFile("content/testimonials/crown.md", Story), roster);

        Assert.Equal(1, roster.StaffCount);
        Assert.True(roster.ContactCount >= 3); // the number, the e-mail address and the address (its lines may count apart)
        Assert.StartsWith("SiteRoster { Staff = 1, Contact = ", roster.ToString(), StringComparison.Ordinal);
        Assert.Single(result.Diagnostics, d => d.Code == "PHI001");
    }

    private static ScanOptions Options()
    {
        var config = ConfigLoader.Parse("consent:\n  required_paths: []\n", "site.yml", Path.GetTempPath(), RuleCatalog.Default.Ids) with { SourcePath = null };
        return new ScanOptions(config, RuleCatalog.Default) { Today = new DateOnly(2026, 6, 1) };
    }

    private static ScanReport Scan(params (string Path, string Text)[] pages) =>
        ScanRunner.Run(new Scanner(Options(), Detectors), [.. pages.Select(p => new SourceFile(p.Path, p.Text))], ScanInput.Readable);

    private static List<Diagnostic> Names(ScanReport report, string path) =>
        [.. report.Diagnostics.Where(d => d.Path == path && d.Code == "PHI001")];

    private static List<string> Codes(ScanReport report, string path) =>
        [.. report.Diagnostics.Where(d => d.Path == path).Select(d => d.Code)];
}
