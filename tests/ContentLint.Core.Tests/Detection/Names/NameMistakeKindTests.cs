using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>Kinds of mistakes the page profile left: public figures, venues, headings, towns, one person reported twice.</summary>
public sealed class NameMistakeKindTests
{
    [Theory]
    [InlineData("Olympic rower Derek Fallowmere has spoken publicly about his own depression.")]
    [InlineData("Derek Fallowmere told reporters that he had knee surgery in the spring.")]
    [InlineData("As a rookie, the winger Derek Fallowmere talked on his podcast about seeing a therapist.")]
    public void A_public_figures_sentence_on_an_article_is_not_a_patients(string text) =>
        NamePageHarness.AssertNames(PageKind.Article, text);

    [Fact]
    public void A_public_role_on_the_line_before_a_hard_wrapped_name_still_counts() =>
        NamePageHarness.AssertNames(PageKind.Article, "The veteran goalkeeper\nDerek Fallowmere had a knee replacement, he said.");

    [Fact]
    public void A_patients_health_story_on_an_article_is_still_reported() =>
        NamePageHarness.AssertNames(PageKind.Article, "When {|Derek Fallowmere|} fell off his ladder, he broke two teeth.");

    [Theory]
    [InlineData("After her knee surgery she went to the Gordon Cinema with friends.")]
    [InlineData("He was back on court for the Wesley Open a year after his shoulder repair.")]
    public void A_phrase_ending_in_a_venue_or_event_is_not_a_name(string text) =>
        NamePageHarness.AssertNames(PageKind.Story, text);

    [Theory]
    [InlineData("Harper Timeline")]
    [InlineData("Reese Summary")]
    public void A_heading_ending_in_a_section_word_is_not_a_name(string text) =>
        NamePageHarness.AssertNames(PageKind.Story, text, RegionKind.Heading);

    [Fact]
    public void A_capitalized_label_word_inside_a_Title_Case_heading_is_no_cue() =>
        NamePageHarness.AssertNames(PageKind.News, "A Member Hunter Would Love", RegionKind.Heading);

    [Fact]
    public void A_capitalized_label_with_a_colon_is_still_a_cue() =>
        NamePageHarness.AssertNames(PageKind.News, "Patient: {|Marisol Quenby|}");

    [Theory]
    [InlineData("Our clinic: 12 Cobble Lane, Milo Grange, NE 68000. Knee rehab and physical therapy.")]
    [InlineData("Physical therapy and knee rehab in the heart of Milo Grange, Nebraska 68000.")]
    public void A_town_in_an_address_line_is_not_a_name(string text) =>
        NamePageHarness.AssertNames(PageKind.Story, text);

    [Fact]
    public void A_name_in_an_image_file_name_and_its_alt_text_is_one_finding()
    {
        var found = NamePageHarness.Run(PageKind.Story,
            (RegionKind.ImageSource, "/img/gallery/hollis-brandt-after.jpg", null),
            (RegionKind.ImageAlt, "Hollis Brandt after her implant", null));
        var name = Assert.Single(found);
        Assert.Equal(RegionKind.ImageAlt, name.Segment.Kind);
    }

    [Fact]
    public void A_name_mentioned_again_with_a_hyphenated_surname_is_one_finding()
    {
        var found = NamePageHarness.Run(PageKind.Story,
            (RegionKind.Prose, "Our patient Hollis Brandt-Oyelowo came in after a fall.", null),
            (RegionKind.Prose, "Today Hollis Brandt-Oyelowo runs again.", null));
        Assert.Equal(2, found.Count);
        Assert.Equal(("Today ".Length, "Hollis Brandt-Oyelowo".Length), (found[1].Start, found[1].Length));
    }

    [Fact]
    public void Both_names_after_a_plural_clinician_title_are_clinicians() =>
        NamePageHarness.AssertNames(PageKind.Other, "Our therapists use the pair method, developed by Drs. Anselm and Marisol Quenby, for couples after a loss.");

    [Fact]
    public void A_couple_signing_one_quote_is_two_people() =>
        NamePageHarness.AssertNames(PageKind.Story, "Gracias por todo. \u2014 {|Marisol|} y {|Victor Halvik|}", language: "es");

    [Theory]
    [InlineData("Self-compassion for anxiety was studied by Marisol Quenby and Victor Halvik (2019) in a large trial.")]
    [InlineData("The Quenby model of grief, first set out by Marisol Quenby, Halvik & Aundry, 2021), guides our therapy.")]
    public void Cited_coauthors_before_a_year_are_not_patients(string text) =>
        NamePageHarness.AssertNames(PageKind.Other, text);

    [Fact]
    public void A_name_after_a_clinical_profession_is_a_clinician() =>
        NamePageHarness.AssertNames(PageKind.Other, "Ask our pediatrician Marisol Quenby about asthma checks for your child.");

    [Fact]
    public void Who_a_course_of_care_was_with_is_a_clinician_on_a_story_page() =>
        NamePageHarness.AssertNames(PageKind.Story, "Eight sessions with Marisol and my back pain was gone, says {|Victor Halvik|}.");

    [Fact]
    public void A_role_after_a_name_on_a_story_page_says_what_the_patient_does() =>
        NamePageHarness.AssertNames(PageKind.Story, "{|Derek Fallowmere|}, a sophomore linebacker from the valley, missed four weeks with a concussion.");

    [Fact]
    public void The_same_role_on_an_article_makes_a_public_figure() =>
        NamePageHarness.AssertNames(PageKind.Article, "Derek Fallowmere, a sophomore linebacker from the valley, missed four weeks with a concussion.");
}
