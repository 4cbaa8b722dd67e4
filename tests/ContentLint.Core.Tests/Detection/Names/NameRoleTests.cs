using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>Each kind of mention that is not a patient (not a person, staff, a public figure), with the patient it could be mistaken for.</summary>
public sealed class NameRoleTests
{
    [Theory]
    [InlineData("Why Nora Whitfield Finally Switched Dentists", RegionKind.Heading)]
    [InlineData("5 Ways Nora Whitfield Can Protect Enamel", RegionKind.Heading)]
    [InlineData("Case Study: Why Nora Whitfield Chose Implants", RegionKind.Prose)]
    public void A_Title_Case_heading_is_not_a_name(string text, RegionKind region) =>
        NamePageHarness.AssertNames(PageKind.Story, text, region);

    [Fact]
    public void A_sentence_case_heading_on_a_story_page_names_its_patient() =>
        NamePageHarness.AssertNames(PageKind.Story, "How we helped {|Nora Whitfield|} smile again", RegionKind.Heading);

    [Fact]
    public void A_Title_Case_bold_label_ending_in_a_colon_is_not_a_name() =>
        NamePageHarness.AssertNames(PageKind.Other, "Carter Family Plan: one cleaning a year for every tooth implant patient.");

    [Theory]
    [InlineData("After her knee surgery she finished the Jackson Hole Marathon in May.")]
    [InlineData("Her crown was covered by Cigna, and she studied for a Bachelor of Science in nursing.")]
    [InlineData("We recommend the Sonicare toothbrush to every implant patient.")]
    public void Organizations_events_brands_and_degrees_are_not_names(string text) =>
        NamePageHarness.AssertNames(PageKind.Other, text);

    [Fact]
    public void A_patient_cue_makes_a_name_of_a_run_no_organization_word_touches() =>
        NamePageHarness.AssertNames(PageKind.Other, "After knee surgery our patient {|Jackson Reyes|} ran a marathon.");

    [Theory]
    [InlineData("Hannah Price, DDS, placed the crown after the root canal.")]
    [InlineData("Hannah Price MD reviewed the x-ray.")]
    [InlineData("Talk therapy with Hannah Price, LCSW, helps with anxiety.")]
    public void A_name_with_a_credential_is_staff(string text) =>
        NamePageHarness.AssertNames(PageKind.Other, text);

    [Fact]
    public void A_patient_cue_wins_over_a_credential() =>
        NamePageHarness.AssertNames(PageKind.Other, "Our patient {|Hannah Price|}, RN, chose a crown after the root canal.");

    [Fact]
    public void Every_name_on_a_staff_page_is_staff_even_the_clinicians_family() =>
        NamePageHarness.AssertNames(PageKind.Staff, "Dr. Lee lives in town with his wife Mara and their son Theo, who had braces.");

    [Fact]
    public void The_same_family_on_a_story_page_is_named() =>
        NamePageHarness.AssertNames(PageKind.Story, "Dr. Lee treated his patient's wife {|Mara|} and their son {|Theo|}, who had braces.");

    [Fact]
    public void A_clinicians_given_name_alone_later_on_the_page_is_staff()
    {
        var found = NamePageHarness.Run(PageKind.Story,
            (RegionKind.Prose, "Dr. Maria Whitfield placed my implant.", null),
            (RegionKind.Prose, "Afterwards Maria explained the healing.", null));
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("author")]
    [InlineData("authors[0]")]
    [InlineData("meta.reviewed_by")]
    public void The_author_of_an_article_is_not_a_patient_in_its_body(string key)
    {
        var found = NamePageHarness.Run(PageKind.Other,
            (RegionKind.FrontMatterValue, "Hannah Price", key),
            (RegionKind.Prose, "Hannah Price explains the crown procedure and its recovery.", null));
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("According to Kristin Neff, self-compassion helps patients with chronic pain.")]
    [InlineData("Kristin Neff et al. studied anxiety in patients.")]
    [InlineData("Self-compassion eases anxiety (Kristin Neff, 2011).")]
    [InlineData("Kristin Neff (2011) studied anxiety in patients.")]
    [InlineData("Kristin Neff, a psychologist and author, writes about anxiety.")]
    [InlineData("The psychologist and author Kristin Neff writes about anxiety.")]
    [InlineData("Kristin Neff's book on anxiety helps many patients.")]
    [InlineData("A study by Kristin Neff looked at anxiety.")]
    [InlineData("Actor Michael Fox spoke about his Parkinson's diagnosis; singer Selena Lopez about her kidney transplant.")]
    public void Cited_authors_and_public_figures_are_not_patients(string text) =>
        NamePageHarness.AssertNames(PageKind.Other, text);

    [Fact]
    public void A_patient_with_a_public_role_is_still_a_patient() =>
        NamePageHarness.AssertNames(PageKind.Other, "Our patient {|Kristin Neff|}, a retired professor, needed two implants.");

    [Fact]
    public void The_author_key_of_a_story_page_is_its_patient() =>
        Assert.Single(NamePageHarness.Run(PageKind.Story, (RegionKind.FrontMatterValue, "Hannah Price", "author")));

    [Fact]
    public void A_name_without_a_patient_cue_on_an_article_is_not_reported() =>
        NamePageHarness.AssertNames(PageKind.Article, "Jayden Brooks wrote this guide to choosing running shoes.");

    [Fact]
    public void A_full_name_near_health_words_on_an_article_is_reported_at_medium()
    {
        var name = Assert.Single(NamePageHarness.Run(PageKind.Article, (RegionKind.Prose, "Jayden Brooks missed four weeks of physical therapy.", null)));
        Assert.Equal((Confidence.Medium, "a full name near health words"), (name.Confidence, name.Reason));
    }

    [Fact]
    public void A_name_in_its_own_health_story_on_an_article_is_reported()
    {
        NamePageHarness.AssertNames(PageKind.Article, "When {|Marcus Oyelaran|} crashed his bike, he had a fractured tooth.");
        var name = Assert.Single(NamePageHarness.Run(PageKind.Article, (RegionKind.Prose, "When Marcus Oyelaran crashed his bike, he had a fractured tooth.", null)));
        // Without a patient cue, the news may be about the person for other reasons: reported, but not as sure as a cue.
        Assert.Equal((Confidence.Medium, "a health story about the person"), (name.Confidence, name.Reason));
    }

    [Theory]
    [InlineData("Kristin Neff argues that her research on anxiety applies to every patient.")]
    [InlineData("Marcus Oyelaran found that his patients with a fractured tooth healed faster.")]
    public void A_cited_authors_sentence_about_health_on_an_article_is_not_a_patients_story(string text) =>
        NamePageHarness.AssertNames(PageKind.Article, text);

    [Fact]
    public void A_name_with_a_relative_cue_on_a_news_page_is_reported() =>
        NamePageHarness.AssertNames(PageKind.News, "We thank the family of our patient {|Jayden Brooks|} for the donation.");

    [Fact]
    public void A_name_without_a_cue_on_a_page_of_unknown_kind_is_reported_near_health_words() =>
        NamePageHarness.AssertNames(PageKind.Other, "{|Jayden Brooks|} missed four weeks of physical therapy.");
}
