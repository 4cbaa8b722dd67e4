using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection.Photos;

public sealed class PhotoDetectorTests
{
    private const string Story = "---\ntitle: Ana\ntags: [\"patient stories\"]\n---\n\n";

    [Theory]
    [InlineData("a.md", Story + "Text.\n\n![On the bike](/img/stories/knee-0924.jpg)\n", "![On the bike](/img/stories/knee-0924.jpg)")]
    [InlineData("content/testimonials/ana.md", "Hi.\n\n<img src=\"/i/t-05.jpg\" alt=\"Ana with her granddaughter\" width=\"480\">\n", "<img src=\"/i/t-05.jpg\" alt=\"Ana with her granddaughter\" width=\"480\">")]
    [InlineData("success-stories.html", "<p>x</p>\n\t\t<img src=\"/s.jpg\" alt=\"Dana\">\n", "<img src=\"/s.jpg\" alt=\"Dana\">")]
    [InlineData("content/testimonials/ivo.md", "Hi.\n\n![Ivo Marsh laughing in our waiting room](/img/t/ivo.jpg)\n", "![Ivo Marsh laughing in our waiting room](/img/t/ivo.jpg)")]
    public void Images_on_patient_pages_are_found_whole(string path, string source, string image)
    {
        var found = Assert.Single(Run(path, source));
        var (start, end) = found.Segment.ToSource(found.Start, found.Length);
        Assert.Equal(image, source[start..end]);
    }

    [Theory]
    [InlineData("posts/news.md", "![Our gym with treadmills](/img/gym.jpg)\n")]
    [InlineData("posts/news.md", "![A woman brushing her teeth](/img/brush.jpg)\n")]
    [InlineData("content/testimonials/ana.md", "![Retracted view, no face visible](/img/ana-1.jpg)\n")]
    [InlineData("content/testimonials/ana.md", "![Dr. Lopez](/img/lopez.jpg)\n")]
    [InlineData("content/testimonials/ana.md", "![Smile](/images/team/lopez.jpg)\n")]
    [InlineData("posts/news.md", "`![Ana Ruiz smiling](/a.jpg)` is how you write an image.\n")]
    public void Site_staff_intraoral_and_code_images_are_not_found(string path, string source) =>
        Assert.Empty(Run(path, source));

    [Fact]
    public void A_named_person_smiling_is_found_outside_patient_pages() =>
        Assert.Single(Run("posts/first-visit.md", "Fun.\n\n![Mateo Ruiz smiling in the big chair](/images/june.jpg)\n"));

    [Theory]
    [InlineData("![Our logo](/img/brand-mark.png)\n")]
    [InlineData("![Ana smiling](/img/ana-smiling.svg)\n")]
    [InlineData("<img src=\"/favicon.ico\" alt=\"\">\n")]
    [InlineData("![Award badge 2025](/img/best-of-town.png)\n")]
    [InlineData("![Smiling at the camera](/assets/our-team/ana.jpg)\n")]
    [InlineData("![Smiling](/img/staff_photos/ana.jpg)\n")]
    [InlineData("![Ana Ruiz, DDS, smiling](/img/ana.jpg)\n")]
    [InlineData("![Our hygienist Ana smiling](/img/ana.jpg)\n")]
    [InlineData("![The new 3D scanner](/img/scan.jpg)\n")]
    [InlineData("![Whitening kit](/img/kit.jpg)\n")]
    [InlineData("![Our bright new waiting room](/img/room.jpg)\n")]
    [InlineData("<img src=\"{{ .Params.image }}\" alt=\"{{ .Title }}\">\n")]
    [InlineData("<img src=\"{{ site.baseurl }}{{ t.photo }}\" alt=\"Patient photo\">\n")]
    [InlineData("<img src={photo} alt=\"Patient\" />\n")]
    public void Site_art_staff_and_equipment_pictures_are_not_found_even_on_story_pages(string source) =>
        Assert.Empty(Run("a.md", source, PageKind.Story));

    [Theory]
    [InlineData("![Ana with her new smile](/img/a.jpg)\n", 0, 37)]
    [InlineData("Text.\n\n![](/img/stories/7.jpg)\n", 7, 23)]
    [InlineData("![Our hygienist with a patient](/img/h.jpg)\n", 0, 43)]
    [InlineData("![Luis next to the scanner with his son](/img/l.jpg)\n", 0, 52)]
    public void Other_pictures_on_story_pages_are_found_with_high_confidence(string source, int start, int length)
    {
        var found = Assert.Single(Run("a.md", source, PageKind.Story));
        var (from, to) = found.Segment.ToSource(found.Start, found.Length);
        Assert.Equal((start, start + length), (from, to));
        Assert.Equal(Confidence.High, found.Confidence);
        Assert.False(string.IsNullOrEmpty(found.Reason));
    }

    [Theory]
    [InlineData("![Maria Lopez smiling after treatment](/img/maria.jpg)\n")]
    [InlineData("![Smiling with her kids](/img/b.jpg)\n")]
    [InlineData("<img src=\"/img/family.jpg\" alt=\"Full-face portrait\">\n")]
    public void Staff_pages_report_no_pictures(string source) =>
        Assert.Empty(Run("a.md", source, PageKind.Staff));

    [Theory]
    [InlineData(PageKind.Other, "![Before and after whitening](/img/case-1.jpg)\n")]
    [InlineData(PageKind.Other, "![Smiling](/img/hero.jpg)\n")]
    [InlineData(PageKind.Chrome, "![Smile](/img/header-smile.jpg)\n")]
    [InlineData(PageKind.Contact, "![Reception desk](/img/desk.jpg)\n")]
    [InlineData(PageKind.Article, "![Dr. Ana Ruiz smiling](/img/ana.jpg)\n")]
    [InlineData(PageKind.Other, "![Portrait of Dr. Ruiz](/img/ana.jpg)\n")]
    public void Pictures_without_a_person_who_is_not_staff_are_not_found_outside_stories(PageKind kind, string source) =>
        Assert.Empty(Run("a.md", source, kind));

    [Theory]
    [InlineData(PageKind.Other, "![Oriel Vantress, portrait](/img/oriel-vantress-portrait.jpg)\n")]
    [InlineData(PageKind.News, "<img src=\"/img/about/oriel.jpg\" alt=\"Portrait of Oriel Vantress\">\n")]
    [InlineData(PageKind.Chrome, "<img src=\"/images/insurers/quillmark.png\" alt=\"Quillmark Mutual\">\n")]
    [InlineData(PageKind.Chrome, "<img src=\"/images/plans/quillmark.png\" alt=\"Quillmark Dental\">\n")]
    [InlineData(PageKind.Other, "![Tallow Health Partners](/img/partner.png)\n")]
    [InlineData(PageKind.Other, "![Quillmark insurance accepted here](/img/q.png)\n")]
    public void Headshots_of_a_named_person_and_insurer_logos_are_not_found_outside_stories(PageKind kind, string source) =>
        Assert.Empty(Run("a.md", source, kind));

    [Theory]
    [InlineData(PageKind.Other, "![Oriel smiling with her husband at Quillmark Dental](/img/o.jpg)\n")]
    [InlineData(PageKind.Article, "![Full-face portrait after her treatment](/img/o.jpg)\n")]
    public void A_patient_at_a_business_or_a_portrait_in_care_is_still_found(PageKind kind, string source) =>
        Assert.Single(Run("a.md", source, kind));

    [Theory]
    [InlineData(PageKind.Other, "![Maria smiling with her husband](/img/m.jpg)\n", 0, 45)]
    [InlineData(PageKind.News, "![Full-face portrait of a patient](/img/p.jpg)\n", 0, 46)]
    public void Pictures_of_a_person_who_is_not_staff_are_found_outside_stories_with_medium_confidence(PageKind kind, string source, int start, int length)
    {
        var found = Assert.Single(Run("a.md", source, kind));
        var (from, to) = found.Segment.ToSource(found.Start, found.Length);
        Assert.Equal((start, start + length), (from, to));
        Assert.Equal(Confidence.Medium, found.Confidence);
    }

    [Fact]
    public void A_story_path_under_a_decided_page_kind_is_not_a_story()
    {
        // The profiler decides: a layout is chrome whatever folder it renders, a testimonial page a story.
        Assert.Empty(Run("layouts/testimonials/single.md", "![](/img/ana.jpg)\n"));
        Assert.Single(Run("content/testimonials/ana.md", "![](/img/ana.jpg)\n"));
    }

    [Fact]
    public void A_front_matter_image_of_a_story_is_found_as_its_value()
    {
        const string source = "---\ntitle: Ana\nimage: /img/testimonials/ana.jpg\n---\n\nGreat care.\n";
        var found = Assert.Single(Run("a.md", source, PageKind.Story));
        var (from, to) = found.Segment.ToSource(found.Start, found.Length);
        Assert.Equal("/img/testimonials/ana.jpg", source[from..to]);
        Assert.Equal(22, from);
    }

    [Theory]
    [InlineData(PageKind.Story, "---\nimage: /img/logo.png\n---\n\nx\n")]
    [InlineData(PageKind.Story, "---\nimage: /img/team/ana.jpg\n---\n\nx\n")]
    [InlineData(PageKind.Story, "---\nlayout: /img/ana.jpg\n---\n\nx\n")]
    [InlineData(PageKind.Story, "---\nimage: hero-banner\n---\n\nx\n")]
    [InlineData(PageKind.Other, "---\nimage: /img/ana-lopez.jpg\n---\n\nx\n")]
    public void Front_matter_images_that_are_site_art_or_not_on_stories_are_not_found(PageKind kind, string source) =>
        Assert.Empty(Run("a.md", source, kind));

    [Theory]
    [InlineData(PageKind.Other, "![Woman smiling in the dental chair](/img/hero.jpg)\n")]
    [InlineData(PageKind.Article, "![Smiling woman at her cleaning](/img/cleaning.jpg)\n")]
    [InlineData(PageKind.Other, "<img alt=\"Portrait of a smiling young man\" src=\"/img/invisalign.jpg\">\n")]
    [InlineData(PageKind.News, "![Happy family smiling together](/img/family-dentistry.jpg)\n")]
    [InlineData(PageKind.Chrome, "![A girl smiling after her checkup](/img/kids-hero.jpg)\n")]
    public void Stock_models_on_service_and_other_pages_are_not_patients(PageKind kind, string source) =>
        Assert.Empty(Run("a.md", source, kind));

    [Theory]
    [InlineData(PageKind.Other, "![Our patient of the month, Jamal, with his new braces](/img/potm.jpg)\n", 0, 70)]
    [InlineData(PageKind.News, "Thanks!\n\n![The Okafor family at their first visit](/img/okafor.jpg)\n", 9, 58)]
    [InlineData(PageKind.Other, "![A woman named Rosa Diaz smiling](/img/r.jpg)\n", 0, 46)]
    public void A_patient_or_a_named_person_outside_stories_is_found(PageKind kind, string source, int start, int length)
    {
        var found = Assert.Single(Run("a.md", source, kind));
        Assert.Equal((start, start + length), found.Segment.ToSource(found.Start, found.Length));
        Assert.Equal(Confidence.Medium, found.Confidence);
    }

    [Theory]
    [InlineData(PageKind.Other, "![](/img/testimonials/t-04.jpg)\n", 0, 31)]
    [InlineData(PageKind.News, "Hi.\n\n<img src=\"/assets/patient-stories/knee.jpg\" alt=\"Back on the trail\">\n", 5, 68)]
    public void A_picture_from_a_folder_of_patients_is_found_off_stories(PageKind kind, string source, int start, int length)
    {
        var found = Assert.Single(Run("a.md", source, kind));
        Assert.Equal((start, start + length), found.Segment.ToSource(found.Start, found.Length));
        Assert.Equal(Confidence.Medium, found.Confidence);
    }

    [Theory]
    [InlineData("![Five stars](/img/testimonials/stars.svg)\n")]
    [InlineData("![Google reviews logo](/img/reviews/google.png)\n")]
    [InlineData("![](/img/stock/woman-smiling.jpg)\n")]
    public void Site_art_in_a_patients_folder_and_stock_pictures_are_not_found(string source) =>
        Assert.Empty(Run("a.md", source, PageKind.Other));

    [Fact]
    public void A_figure_caption_says_whom_its_image_shows()
    {
        const string source = "<figure>\n  <img src=\"/img/june.jpg\" alt=\"\">\n  <figcaption>Amara Okafor and her mom after her last visit</figcaption>\n</figure>\n";
        var found = Assert.Single(Run("news.html", source, PageKind.News));
        Assert.Equal((11, 43), found.Segment.ToSource(found.Start, found.Length));
        Assert.Empty(Run("news.html", source.Replace("Amara Okafor and her mom", "Our new waiting room", StringComparison.Ordinal), PageKind.News));
    }

    [Fact]
    public void A_caption_of_another_figure_is_not_read()
    {
        const string source = "<figure><img src=\"/img/a.jpg\" alt=\"\"></figure>\n<figure><figcaption>Amara Okafor and her mom</figcaption></figure>\n";
        Assert.Empty(Run("news.html", source, PageKind.News));
    }

    [Fact]
    public void A_srcset_names_the_file_when_there_is_no_src()
    {
        // On a story every picture counts: the logo is known as one only by the file its srcset names.
        Assert.Empty(Run("a.html", "<p>x</p><img srcset=\"/img/logo-480.png 480w, /img/logo-960.png 960w\" alt=\"\">\n", PageKind.Story));
        var found = Assert.Single(Run("a.html", "<p>x</p><img srcset=\"/img/ana-480.jpg 480w\" alt=\"\">\n", PageKind.Story));
        Assert.Equal((8, 51), found.Segment.ToSource(found.Start, found.Length));
    }

    [Theory]
    [InlineData("---\ntitle: Ana\navatar: /img/reviews/ana.jpg\n---\n\nGreat care.\n", 23, 43)]
    [InlineData("---\ntitle: Ana\nheadshot: /img/reviews/ana.jpg\n---\n\nGreat care.\n", 25, 45)]
    [InlineData("---\ntitle: Ana\nimages:\n  - /img/ana-1.jpg\n---\n\nGreat care.\n", 27, 41)]
    public void Front_matter_pictures_of_a_story_under_other_keys_are_found(string source, int from, int to)
    {
        var found = Assert.Single(Run("a.md", source, PageKind.Story));
        Assert.Equal((from, to), found.Segment.ToSource(found.Start, found.Length));
    }

    private static List<Candidate> Run(string path, string source, PageKind? kind = null)
    {
        var document = DocumentParser.Parse(new SourceFile(path, source));
        document.Profile = kind is { } pageKind ? new PageProfile(pageKind, "test", null) : Tests.Profile.ProfileHarness.Of(path, source);

        var candidates = new List<Candidate>();
        foreach (var detector in DetectorRegistry.CreateAll(RuleCatalog.Default).Where(d => d.RuleIds.Contains("PHI017")))
        {
            detector.Detect(document, candidates);
        }

        return [.. candidates.Where(c => c.RuleId == "PHI017")];
    }
}
