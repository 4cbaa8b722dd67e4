using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Urls;

public sealed class PersonalUrlDetectorTests
{
    [Theory]
    [InlineData("Donations: {|PHI014:https://www.gofundme.com/f/help-ana-walk-again|}.")]
    [InlineData("Find me at {|PHI014:facebook.com/ana.ruiz.5|}!")]
    [InlineData("Her page ({|PHI014:https://x.com/anaruiz|}) has updates.")]
    [InlineData("See {|PHI014:https://caringbridge.org/visit/anaruiz|}")]
    [InlineData("Portal link: {|PHI014:https://mychart.hospital.example/records/99812|}")]
    [InlineData("Record at {|PHI014:https://portal.clinic.example/view?patient=4417221|} today")]
    [InlineData("I blog at {|PHI014:https://anas-new-hip.example|} about my hip.")]
    public void Personal_urls_in_text_are_found_with_their_exact_span(string marked) =>
        DetectorHarness.AssertFindings(marked, page: PageKind.Story);

    [Theory]
    [InlineData("https://www.instagram.com/devon.smiles.daily/")]
    [InlineData("https://youtube.com/@hanks-knee-journey")]
    public void Link_targets_on_social_sites_are_found_whole(string url)
    {
        var found = Assert.Single(DetectorHarness.Run(url, RegionKind.LinkUrl, "href", PageKind.Story), c => c.RuleId == "PHI014");
        Assert.Equal((0, url.Length), (found.Start, found.Length));
    }

    [Fact]
    public void Urls_in_page_scripts_are_scanned()
    {
        const string script = "const plan = \"https://portal.example/p/x/patients/48213/plan\";";
        Assert.Single(DetectorHarness.Run(script, RegionKind.Script), c => c.RuleId == "PHI014");
    }

    [Theory]
    [InlineData("Read https://www.nih.gov/health-information and https://pubmed.ncbi.nlm.nih.gov/12345678/.")]
    [InlineData("Share: https://twitter.com/intent/tweet?url=x and https://www.facebook.com/sharer.php?u=y")]
    [InlineData("Our blog is at https://blog.clinic.example/posts/knee-tips.")]
    [InlineData("Use the portal at https://portal.clinic.example/login to pay.")]
    [InlineData("I read https://www.webmd.com/oral-health/guide/veneers before my visit.")]
    [InlineData("Wikipedia: https://en.wikipedia.org/wiki/Anterior_cruciate_ligament")]
    [InlineData("Follow us on https://www.instagram.com/ (link in bio).")]
    public void References_features_and_ordinary_sites_are_not_found(string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text), c => c.RuleId == "PHI014");

    [Theory]
    [InlineData("/images/a.jpg")]
    [InlineData("mailto:ann@mail.example")]
    [InlineData("#section")]
    public void Relative_and_non_web_link_targets_are_not_found(string url) =>
        Assert.DoesNotContain(DetectorHarness.Run(url, RegionKind.LinkUrl, "href"), c => c.RuleId == "PHI014");

    [Theory]
    [InlineData(PageKind.Contact, "Follow us on https://www.instagram.com/riversidesmiles for tips.")]
    [InlineData(PageKind.Other, "Like our page: facebook.com/riversidedental.")]
    [InlineData(PageKind.Staff, "Dr. Kim writes at https://drkim.wordpress.com about her training.")]
    [InlineData(PageKind.Chrome, "<a>https://www.linkedin.com/in/dr-ana-kim</a>")]
    [InlineData(PageKind.Article, "Follow us at https://www.instagram.com/riversidesmiles for more tips.")]
    [InlineData(PageKind.Story, "Follow us at https://www.instagram.com/riversidesmiles for more stories.")]
    public void Social_profiles_and_blogs_on_practice_pages_are_not_found(PageKind page, string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: page), c => c.RuleId == "PHI014");

    [Fact]
    public void A_social_link_target_on_a_practice_page_is_not_found() =>
        Assert.DoesNotContain(DetectorHarness.Run("https://www.instagram.com/riversidesmiles/", RegionKind.LinkUrl, "href", PageKind.Contact), c => c.RuleId == "PHI014");

    [Theory]
    [InlineData(PageKind.Other, "Follow my recovery at {|PHI014:https://www.instagram.com/ana.runs.again|}.", Confidence.High)]
    [InlineData(PageKind.Contact, "Donate to {|PHI014:https://www.gofundme.com/f/help-ana-walk|} today.", Confidence.High)]
    [InlineData(PageKind.Story, "See {|PHI014:https://www.instagram.com/riversidesmiles|}.", Confidence.Medium)]
    public void Patient_cues_fundraisers_and_pages_off_the_practice_keep_social_links(PageKind page, string marked, Confidence confidence)
    {
        DetectorHarness.AssertFindings(marked, page: page);
        var (text, _) = SpanMarkers.Parse(marked);
        Assert.Equal(confidence, Assert.Single(DetectorHarness.Run(text, page: page), c => c.RuleId == "PHI014").Confidence);
    }
}
