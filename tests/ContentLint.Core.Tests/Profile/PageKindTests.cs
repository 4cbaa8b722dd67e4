using ContentLint.Core.Config;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Profile;

public sealed class PageKindTests
{
    private const string Body = "\nWe are open on Saturdays.\n";

    [Theory]
    // Hugo
    [InlineData("content/testimonials/new-smile.md", "---\ntitle: A new smile\n---\n", PageKind.Story, "path folder 'testimonials'")]
    [InlineData("content/smile-gallery/case-01.md", "---\ntitle: Case one\n---\n", PageKind.Story, "path folder 'smile gallery'")]
    [InlineData("content/reviews/_index.md", "---\ntitle: Reviews\n---\n", PageKind.Story, "path folder 'reviews'")]
    [InlineData("content/blog/before-and-after-whitening.md", "---\ntitle: Whitening\n---\n", PageKind.Story, "path file name 'before and after'")]
    [InlineData("content/practice/dr-x.md", "---\ntitle: Hello\n---\n", PageKind.Staff, "path file name 'dr'")]
    [InlineData("content/about/index.md", "---\ntitle: Hello\n---\n", PageKind.Staff, "path folder 'about'")]
    [InlineData("content/providers/index.md", "---\ntitle: Providers\n---\n", PageKind.Staff, "path folder 'providers'")]
    [InlineData("content/news/open-house.md", "---\ntitle: Open house\n---\n", PageKind.News, "path folder 'news'")]
    [InlineData("content/insurance.md", "---\ntitle: Plans we take\n---\n", PageKind.Policy, "path file name 'insurance'")]
    [InlineData("layouts/partials/footer.html", "<footer><p>Call us</p></footer>", PageKind.Chrome, "path folder 'layouts'")]
    [InlineData("themes/clinic/layouts/testimonials/single.html", "<main>{{ .Content }}</main>", PageKind.Chrome, "path folder 'layouts'")]
    // Jekyll
    [InlineData("_posts/2024-03-01-flu-season.md", "---\nlayout: post\n---\n", PageKind.Article, "path folder 'posts'")]
    [InlineData("_posts/2024-03-01-back-to-work.md", "---\nlayout: post\ncategories: [stories]\n---\n", PageKind.Story, "front matter categories: stories")]
    [InlineData("pages/journey.md", "---\ntitle: \"Back to work: A Client's Story\"\n---\n", PageKind.Story, "title words 'client s story'")]
    [InlineData("archetypes/default.md", "---\ntitle: x\n---\n", PageKind.Chrome, "path folder 'archetypes'")]
    [InlineData("_team/jane-doe.md", "---\nlayout: default\n---\n", PageKind.Staff, "path folder 'team'")]
    [InlineData("_layouts/default.html", "<html><body>{{ content }}</body></html>", PageKind.Chrome, "path folder 'layouts'")]
    [InlineData("_includes/sidebar.html", "<aside>Hours</aside>", PageKind.Chrome, "path folder 'includes'")]
    [InlineData("events/2025-health-fair.md", "---\nlayout: page\n---\n", PageKind.News, "path folder 'events'")]
    // Eleventy
    [InlineData("src/posts/knee-pain.md", "---\nlayout: layouts/post.njk\n---\n", PageKind.Article, "path folder 'posts'")]
    [InlineData("src/pages/meet-us.md", "---\nlayout: staff\n---\n", PageKind.Staff, "front matter layout: staff")]
    [InlineData("src/pages/welcome.md", "---\ntags: [news]\nlayout: staff\n---\n", PageKind.Staff, "front matter layout: staff")]
    [InlineData("src/pages/flu-shots.md", "---\ncategories: [Clinic News]\n---\n", PageKind.News, "front matter categories: news")]
    // Plain HTML
    [InlineData("privacy.html", "<p>x</p>", PageKind.Policy, "path file name 'privacy'")]
    [InlineData("notice-of-privacy-practices.html", "<p>x</p>", PageKind.Policy, "path file name 'privacy'")]
    [InlineData("contact-us.html", "<p>x</p>", PageKind.Contact, "path file name 'contact'")]
    [InlineData("fee-schedule.html", "<p>x</p>", PageKind.Policy, "path file name 'fee schedule'")]
    [InlineData("content/de/team/dr-weber.md", "---\ntitle: Dr. Weber\n---\n", PageKind.Staff, "path folder 'team'")]
    [InlineData("book-online.html", "<p>x</p>", PageKind.Contact, "path file name 'book'")]
    [InlineData("404.html", "<p>Not found</p>", PageKind.Chrome, "path file name '404'")]
    [InlineData("README.md", "# Site\n", PageKind.Chrome, "path file name 'readme'")]
    [InlineData("page3.html", "<html><head><title>Meet Our Team</title></head><body><p>x</p></body></html>", PageKind.Staff, "title words 'our team'")]
    public void The_kind_and_its_evidence_come_from_path_front_matter_and_title(string path, string text, PageKind kind, string evidence)
    {
        var profile = ProfileHarness.Of(path, text + Body);

        Assert.Equal((kind, evidence), (profile.Kind, profile.Evidence));
    }

    [Fact]
    public void A_blog_post_tagged_testimonial_is_a_story_by_its_consent_marker()
    {
        var profile = ProfileHarness.Of("content/blog/thank-you.md", "---\ntitle: Thank you\ntags: [Blog, Testimonial]\n---\n" + Body);

        Assert.Equal((PageKind.Story, "front matter tags: testimonial (a CON001 marker)"), (profile.Kind, profile.Evidence));
    }

    [Fact]
    public void A_front_matter_story_word_outside_the_markers_makes_a_story()
    {
        var profile = ProfileHarness.Of("content/blog/ana.md", "---\ncategories: [Patient Spotlight]\n---\n" + Body);

        Assert.Equal((PageKind.Story, "front matter categories: patient spotlight"), (profile.Kind, profile.Evidence));
    }

    [Fact]
    public void The_path_decides_before_the_front_matter()
    {
        var profile = ProfileHarness.Of("team/jane.md", "---\nlayout: post\n---\n" + Body);

        Assert.Equal((PageKind.Staff, "path folder 'team'"), (profile.Kind, profile.Evidence));
    }

    [Fact]
    public void The_deepest_folder_decides_among_folders()
    {
        var profile = ProfileHarness.Of("blog/events/spring-fair.md", "---\ntitle: Fair\n---\n" + Body);

        Assert.Equal((PageKind.News, "path folder 'events'"), (profile.Kind, profile.Evidence));
    }

    [Fact]
    public void Consent_required_paths_make_a_story()
    {
        var config = ConfigLoader.Parse("consent:\n  required_paths: [\"journeys/**\"]\n", "c.yml", Path.GetTempPath(), RuleCatalog.Default.Ids);

        var profile = ProfileHarness.Of("journeys/ana.md", "---\ntitle: Ana\n---\n" + Body, config);

        Assert.Equal((PageKind.Story, "consent.required_paths"), (profile.Kind, profile.Evidence));
    }

    [Fact]
    public void The_first_heading_is_the_title_of_a_page_without_front_matter()
    {
        var profile = ProfileHarness.Of("page.md", "# Patient Stories\n" + Body);

        Assert.Equal((PageKind.Story, "title words 'patient stories'"), (profile.Kind, profile.Evidence));
    }

    [Fact]
    public void Headings_decide_when_they_name_one_kind()
    {
        var profile = ProfileHarness.Of("index.md", "# Welcome\n\n## Testimonials\n" + Body);

        Assert.Equal((PageKind.Story, "heading words 'testimonials'"), (profile.Kind, profile.Evidence));
    }

    [Fact]
    public void Headings_that_name_several_kinds_decide_nothing()
    {
        var profile = ProfileHarness.Of("index.md", "# Welcome\n\n## Meet the team\n\n## Testimonials\n" + Body);

        Assert.Equal((PageKind.Other, "nothing decided it"), (profile.Kind, profile.Evidence));
    }

    [Fact]
    public void A_service_page_is_other()
    {
        var profile = ProfileHarness.Of("services/implants.md", "---\ntitle: Dental implants\n---\n" + Body);

        Assert.Equal(PageKind.Other, profile.Kind);
        Assert.False(profile.IsStory);
    }

    [Theory]
    [InlineData("stories/first-visit.html")]
    [InlineData("stories.html")]
    public void A_stories_folder_or_page_is_a_patient_story(string path)
    {
        var profile = ProfileHarness.Of(path, Body);

        Assert.Equal(PageKind.Story, profile.Kind);
    }

    [Fact]
    public void Our_story_is_the_practice_history_not_a_patient_story()
    {
        var profile = ProfileHarness.Of("about/our-story.md", "---\ntitle: How the practice began\n---\n" + Body);

        Assert.NotEqual(PageKind.Story, profile.Kind);
    }

    [Fact]
    public void The_evidence_names_the_data_word_never_the_page_text()
    {
        var profile = ProfileHarness.Of("content/journeys/x.md", "---\ntitle: Zofia Quarrington shares her success story\n---\n" + Body);

        Assert.Equal((PageKind.Story, "title words 'success story'"), (profile.Kind, profile.Evidence));
        Assert.DoesNotContain("Zofia", profile.Evidence, StringComparison.OrdinalIgnoreCase);
    }
}
