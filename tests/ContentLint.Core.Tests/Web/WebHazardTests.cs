using ContentLint.Core.Config;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Web;

/// <summary>WEB001-WEB006 (the markup rules) on whole pages, Markdown with inline HTML and HTML, through the scanner's pipeline.</summary>
public sealed class WebHazardTests
{
    private const string MetaPixel = "<script async src=\"https://connect.facebook.net/en_US/fbevents.js\"></script>";

    private static ContentLintConfig Config(string yaml = "") =>
        ConfigLoader.Parse("organization:\n  domains: [clinic.example]\nprivacy_reviewers: [\"Maria Lopez\"]\n" + yaml, "c.yml", Path.GetTempPath(), RuleCatalog.Default.Ids) with { SourcePath = null };

    /// <summary>The WEB (and tool, and with <paramref name="consent"/> the CON) diagnostics of one page, WEB006 aside.</summary>
    private static string[] Web(string path, string text, ContentLintConfig? config = null, bool consent = false) =>
        [.. PageExampleHarness.Scan(text, config ?? Config(), path)
            .Where(d => d.Code.StartsWith("WEB", StringComparison.Ordinal) || d.Code.StartsWith("CL", StringComparison.Ordinal) || (consent && d.Code.StartsWith("CON", StringComparison.Ordinal)))
            .Where(d => d.Code != "WEB006")
            .Select(d => $"{d.Code} {d.Severity.ToString().ToLowerInvariant()} {d.Range?.StartLine}:{d.Range?.StartColumn}-{d.Range?.EndColumn} {d.Message}")];

    [Fact]
    public void A_tracker_on_a_blog_post_is_not_reported_and_the_same_tracker_on_an_appointment_page_is()
    {
        var page = "# Book a visit\n\n" + MetaPixel + "\n";

        Assert.Empty(Web("content/blog/knee-tips.md", page));
        Assert.Equal(
            ["WEB001 error 3:20-66 Third-party tracking technology on a patient-facing page: Meta Pixel (script source)"],
            Web("content/appointments/book.md", page));
    }

    [Fact]
    public void A_tracker_on_an_html_booking_page_is_reported_with_its_noscript_pixel()
    {
        var page = string.Join('\n',
            "<!DOCTYPE html>",
            "<html><head><title>Book online</title>",
            "<script>",
            "  !function(f,b,e,v,n,t,s){}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');",
            "  fbq('init', '000000000000000');",
            "</script>",
            "<noscript><img height=\"1\" width=\"1\" src=\"https://www.facebook.com/tr?id=000000000000000&ev=PageView&noscript=1\"></noscript>",
            "</head><body><p>Choose a time.</p></body></html>");

        Assert.Equal(
        [
            "WEB001 error 4:91-103 Third-party tracking technology on a patient-facing page: Meta Pixel (inline script)",
            "WEB001 error 7:42-111 Third-party tracking technology on a patient-facing page: Meta Pixel (image pixel)",
        ], Web("booking.html", page));
    }

    [Fact]
    public void Configured_patient_pages_replace_the_default_globs()
    {
        var config = Config("web:\n  patient_pages: [\"pages/schedule/**\"]\n");
        var page = MetaPixel + "\n";

        Assert.Single(Web("pages/schedule/index.html", page, config));
        Assert.Empty(Web("content/appointments/book.md", page, config));
    }

    [Fact]
    public void A_page_on_a_consent_required_path_counts_as_a_patient_story()
    {
        var config = Config("consent:\n  required_paths: [\"success-stories.html\"]\n");
        var page = "<!DOCTYPE html><html><body><div id=\"disqus_thread\"></div>\n<blockquote class=\"instagram-media\"></blockquote></body></html>\n";

        Assert.Equal(
        [
            "CON001 error 1:1-1 Page needs patient consent front matter and has none",
            "WEB002 warning 1:28-52 Public comment widget on a patient-story or consent page: Disqus (embed code)",
            "WEB003 warning 2:1-37 Embedded social media post on a patient-story or consent page: Instagram post (embed code)",
        ], Web("success-stories.html", page, config, consent: true));
        Assert.Empty(Web("news.html", page, config));
    }

    [Fact]
    public void Web_findings_do_not_make_a_page_need_consent_nor_exceed_a_consent_scope()
    {
        var story = string.Join('\n',
            "---",
            "layout: testimonial",
            "consent:",
            "  status: granted",
            "  form_id: AUTH-1",
            "  signed: 2026-01-02",
            "  scope: [testimonial]",
            "  approved_by: Maria Lopez",
            "---",
            "I can walk again.",
            "",
            "<div id=\"disqus_thread\"></div>",
            "");
        var contact = "<form action=\"https://formspree.io/f/x\"><label>Describe your symptoms <textarea name=\"m\"></textarea></label></form>\n";

        Assert.Equal(["WEB002 warning 12:1-25 Public comment widget on a patient-story or consent page: Disqus (embed code)"], Web("content/stories/walk.md", story, consent: true));
        Assert.Equal(["WEB004 error 1:15-39 Health-information form posts to a service not listed in processors: asks for symptoms or conditions; sent to Formspree"], Web("contact.md", contact, consent: true));
    }

    [Fact]
    public void A_form_posting_to_a_processor_or_the_practices_domain_is_fine_and_an_unknown_host_is_named_generically()
    {
        var config = Config("processors: [\"intake.baa-vendor.example\"]\n");
        static string Form(string action) => $"<form action=\"{action}\" method=\"post\"><input name=\"insurance_member_id\"></form>\n";

        Assert.Empty(Web("contact.html", Form("https://forms.intake.baa-vendor.example/x"), config));
        Assert.Empty(Web("contact.html", Form("https://www.clinic.example/api/intake"), config));
        Assert.Empty(Web("contact.html", Form("/api/intake"), config));
        Assert.Equal(
            ["WEB004 error 1:15-43 Health-information form posts to a service not listed in processors: asks for insurance or member ID; sent to a third-party endpoint not listed in processors"],
            Web("contact.html", Form("https://collector.example/in"), config));
    }

    [Fact]
    public void A_mailto_form_in_markdown_reports_the_kinds_asked_but_never_the_address()
    {
        var page = "# Refills\n\n<form action=\"mailto:pat.smith@mailbox.example\" enctype=\"text/plain\">\n<label>Date of birth</label><input name=\"dob\">\n<label>Current medications</label><textarea name=\"meds\"></textarea>\n</form>\n";

        var lines = Web("content/refills.md", page);

        Assert.Equal(["WEB005 warning 3:15-47 Form or link sends health information by e-mail (mailto:): asks for date of birth, medications"], lines);
    }

    [Fact]
    public void Suppressions_and_severity_overrides_apply_to_web_findings()
    {
        var suppressed = "<!-- contentlint-disable-next-line WEB001 -- vendor signed a BAA, ticket 42 -->\n" + MetaPixel + "\n";
        var config = Config("rules:\n  WEB001: warning\n  WEB004: off\n");

        Assert.Empty(Web("appointments.html", suppressed));
        Assert.Equal(
            ["WEB001 warning 1:20-66 Third-party tracking technology on a patient-facing page: Meta Pixel (script source)"],
            Web("appointments.html", MetaPixel + "\n<form action=\"https://formspree.io/f/x\"><input name=\"dob\"></form>\n", config));
    }

    [Fact]
    public void The_policy_note_is_site_level_once_and_only_when_patients_engage()
    {
        var booking = "---\nlayout: booking\n---\nPick a time.\n";

        var missing = PageExampleHarness.Scan(booking, Config(), "content/book.md").Where(d => d.Code == "WEB006").ToList();
        var ordinary = PageExampleHarness.Scan("# News\n", Config(), "content/news.md").Where(d => d.Code == "WEB006");
        var configured = PageExampleHarness.Scan(booking, Config("web:\n  policy_page: https://clinic.example/privacy\n"), "content/book.md").Where(d => d.Code == "WEB006");

        var note = Assert.Single(missing);
        Assert.Equal((Severity.Note, "content/book.md", SourceRange.FileStart), (note.Severity, note.Path, note.Range!.Value));
        Assert.Equal("Site has no privacy or social media policy page: no page has privacy or social media policy in its path or title, or links to one (name it with web.policy_page)", note.Message);
        Assert.Empty(ordinary);
        Assert.Empty(configured);
    }
}
