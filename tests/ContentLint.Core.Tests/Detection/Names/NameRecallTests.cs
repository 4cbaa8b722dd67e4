using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>Names found by their form and position, not only by a dictionary; and pages in other languages.</summary>
public sealed class NameRecallTests
{
    [Theory]
    [InlineData("On the way home my son, {|Kwame|}, fell asleep in the car.")]
    [InlineData("I brought my daughter {|Ngozi|} to her first cleaning.")]
    [InlineData("The hygienist showed patient {|Xiuying|} how to floss around the bridge.")]
    [InlineData("Her husband, {|Oluwaseun Adebayo|}, waited in the lobby.")]
    public void A_capitalized_word_after_a_relative_or_patient_word_is_a_name_no_dictionary_lists(string marked) =>
        NamePageHarness.AssertNames(PageKind.Other, marked);

    [Fact]
    public void A_family_named_in_a_news_post_is_found() =>
        NamePageHarness.AssertNames(PageKind.News, "We thank the {|Okonjo|} family for the toys they gave our young patients.");

    [Fact]
    public void A_family_practice_is_not_a_family_name() =>
        NamePageHarness.AssertNames(PageKind.News, "Our Family Medicine team and the Riverside family practice joined the drive.");

    [Theory]
    [InlineData("Log in to the patient Portal to see your invoice.")]
    [InlineData("Dear Valued Customer, your cleaning is due.")]
    [InlineData("My son, Who Knew, is a podcast we love.")]
    [InlineData("Sign in as patient, Secretary or Admin to test the implant booking.")]
    public void A_capitalized_word_after_a_cue_that_is_no_name_stays_quiet(string text) =>
        NamePageHarness.AssertNames(PageKind.Other, text);

    [Theory]
    [InlineData("The whole team was kind to me.\n— {|Tomás G.|}")]
    [InlineData("They fixed my bite in one visit.\n– {|Adaeze O.|}, Lagos")]
    [InlineData("{|Ngozika B.|}")]
    [InlineData("The staff made my son feel safe.\n{|Kwabena T.|}, Columbus")]
    [InlineData("Gentle with my implant.\n— {|Chidinma E.|}, Austin")]
    public void A_signature_in_the_form_first_name_last_initial_is_a_name(string marked) =>
        NamePageHarness.AssertNames(PageKind.Other, marked);

    [Theory]
    [InlineData("- Booking page — Calendar")]
    [InlineData("- Inbox — Appointment Requests")]
    [InlineData(" — Zara checks every field, then the form is sent.")]
    public void A_dash_before_a_list_items_description_is_no_signature(string text) =>
        NamePageHarness.AssertNames(PageKind.Other, text);

    [Theory]
    [InlineData("Her sister {|María de la Cruz|} drove her to the extraction.")]
    [InlineData("{|Anne-Marie Dubois|} had her implant placed in March.")]
    [InlineData("Our patient {|Liam O'Neil|} needed a night guard.")]
    public void Accented_hyphenated_particle_and_apostrophe_names_are_one_span(string marked) =>
        NamePageHarness.AssertNames(PageKind.Other, marked);

    [Theory]
    [InlineData("{|Chidinma Eze|} needed a crown after the fall.")]
    [InlineData("{|Thandiwe Nkosi|} came in with a toothache.")]
    [InlineData("{|Oluwaseun Bello|} finished physical therapy in June.")]
    public void Given_names_the_US_birth_lists_lack_are_names_near_health_words(string marked) =>
        NamePageHarness.AssertNames(PageKind.Other, marked);

    [Fact]
    public void A_person_key_value_on_a_story_page_is_a_name()
    {
        var found = NamePageHarness.Run(PageKind.Story, (RegionKind.FrontMatterValue, "Adaeze O.", "testimonial.name"));
        var name = Assert.Single(found);
        Assert.Equal((0, 9, Confidence.High, "a person key of a story, or a key naming a patient"), (name.Start, name.Length, name.Confidence, name.Reason));
    }

    [Theory]
    [InlineData("title", "Fresh Start After Braces")]
    [InlineData("title", "Ruth's New Smile")]
    public void Other_front_matter_values_are_not_names_by_position(string key, string value) =>
        Assert.Empty(NamePageHarness.Run(PageKind.Story, (RegionKind.FrontMatterValue, value, key)));

    [Fact]
    public void A_lone_given_name_on_a_story_page_is_a_patient_name() =>
        NamePageHarness.AssertNames(PageKind.Story, "After the cleaning, {|Theo|} grinned at the mirror.");

    [Fact]
    public void A_lone_given_name_without_context_on_a_page_of_unknown_kind_is_not() =>
        NamePageHarness.AssertNames(PageKind.Other, "Open the Banner settings and click the Link button.");

    [Fact]
    public void A_German_page_reports_no_name_from_capitalization_or_English_cues() =>
        NamePageHarness.AssertNames(PageKind.Story, "Unsere Patientin Anna Berger kam mit Schmerzen, Mrs. Weber auch.", language: "de");

    [Fact]
    public void A_German_page_reports_a_signature() =>
        NamePageHarness.AssertNames(PageKind.Story, "Ich bin sehr zufrieden.\n— {|Anna K.|}", language: "de");

    [Theory]
    [InlineData(PageKind.Other, "Her son {|Leo|} drove her to every visit.", Confidence.High, "a patient or relative cue")]
    [InlineData(PageKind.Story, "We thank {|Mrs. Adeyemi|} for her patience.", Confidence.High, "a title and family name on a story page")]
    [InlineData(PageKind.Other, "We thank {|Mrs. Adeyemi|} for her patience.", Confidence.Medium, "a title and family name")]
    [InlineData(PageKind.Story, "{|Ruth Abernathy|} loves her new dentures.", Confidence.Medium, "a full name on a story page")]
    [InlineData(PageKind.Other, "{|Ruth A.|} loves her new garden.", Confidence.Low, "a first name and last initial, the way patients sign")]
    public void Confidence_and_reason_follow_the_cue_and_the_page(PageKind kind, string marked, Confidence confidence, string reason)
    {
        NamePageHarness.AssertNames(kind, marked);
        var (text, _) = SpanMarkers.Parse(marked, "PHI001");
        var name = Assert.Single(NamePageHarness.Run(kind, (RegionKind.Prose, text, null)));
        Assert.Equal((confidence, reason), (name.Confidence, name.Reason));
    }

    [Theory]
    [InlineData("/img/apple-touch-icon-114x114.png")]
    [InlineData("/images/staff/nora-whitfield.jpg")]
    public void Icons_and_staff_photos_have_no_patient_name_in_their_file_name(string source) =>
        Assert.Empty(NamePageHarness.Run(PageKind.Other, (RegionKind.ImageSource, source, "src")));

    [Fact]
    public void A_full_name_in_a_gallery_file_name_is_found() =>
        Assert.Single(NamePageHarness.Run(PageKind.Other, (RegionKind.ImageSource, "/img/gallery/nora-whitfield-before.jpg", "src")));

    [Theory]
    [InlineData(PageKind.Article, "{|Amara|} came in for her first cleaning when she was four.")]
    [InlineData(PageKind.News, "Last spring {|Tuan Nguyen|} came to us with a cracked molar.")]
    public void Whoever_came_in_for_care_is_a_patient(PageKind kind, string marked) =>
        NamePageHarness.AssertNames(kind, marked);

    [Fact]
    public void Coming_to_an_event_is_no_visit_for_care() =>
        NamePageHarness.AssertNames(PageKind.News, "Amara Obi came to the open day and ran the raffle.");

    [Fact]
    public void A_full_name_the_page_named_as_a_patient_before_is_found_again_without_health_words() =>
        NamePageHarness.AssertNames(PageKind.Article, "{|Amara|} came in for her first cleaning.\n\n{|Amara Obi|} in the big chair.");

    [Fact]
    public void A_full_name_with_its_own_health_story_is_high_confidence()
    {
        var found = Assert.Single(NamePageHarness.Run(PageKind.News, (RegionKind.Prose, "Mr. Rafael Ortiz stopped by on the way to his root canal appointment.", null)));
        Assert.Equal(Confidence.High, found.Confidence);
    }
}
