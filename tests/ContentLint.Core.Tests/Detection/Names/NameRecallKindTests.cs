using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>Kinds of patient names the page profile left unreported: lists, signatures, Spanish cues, a course of care.</summary>
public sealed class NameRecallKindTests
{
    [Fact]
    public void Every_name_of_a_list_with_a_patients_name_is_reported() =>
        NamePageHarness.AssertNames(PageKind.Story,
            "Our new balance group for patients after a stroke welcomes its members, {|Marisol Quenby|}, {|Victor Halvik|} and {|Priscilla Aundry|}.");

    [Fact]
    public void A_name_after_a_relative_cue_and_the_next_name_of_its_list_are_both_relatives() =>
        NamePageHarness.AssertNames(PageKind.News, "Thanks to her husband {|Teodor|} and {|Priscilla|} for the flowers.");

    [Fact]
    public void A_name_listed_with_a_clinician_is_not_made_a_patient() =>
        NamePageHarness.AssertNames(PageKind.News, "The open day was run by Dr. Quenby and Teodor Halvik.");

    [Fact]
    public void A_Spanish_relative_cue_counts_on_a_Spanish_page() =>
        NamePageHarness.AssertNames(PageKind.Story, "Mi hijo, {|Teodor|}, tenía miedo del dentista.", language: "es");

    [Fact]
    public void An_English_page_ignores_nothing_it_did_before() =>
        NamePageHarness.AssertNames(PageKind.Story, "My son, {|Teodor|}, was scared of the dentist.");

    [Theory]
    [InlineData("Thank you for everything. \u2014 {|Wen-Qiao Lutterby|}")]
    [InlineData("Thank you for everything. \u2014 {|Ngozika|}")]
    [InlineData("\u2014 {|T.Q.|}, client since 2019")]
    public void A_signature_no_dictionary_knows_is_reported_on_a_story_page(string text) =>
        NamePageHarness.AssertNames(PageKind.Story, text);

    [Theory]
    [InlineData("Measure twice, cut once. \u2014 Wen-Qiao Lutterby")]
    [InlineData("\u2014 T.Q., editor")]
    public void A_signature_no_dictionary_knows_is_not_reported_on_an_article(string text) =>
        NamePageHarness.AssertNames(PageKind.Article, text);

    [Fact]
    public void A_person_who_completed_a_course_of_the_practices_care_is_a_patient() =>
        NamePageHarness.AssertNames(PageKind.News, "Well done to {|Marisol Quenby|}, who completed all ten weeks of our back-care class.");

    [Fact]
    public void A_person_who_completed_the_practices_residency_is_not_made_a_patient() =>
        NamePageHarness.AssertNames(PageKind.News, "Well done to Marisol Quenby, who completed her year of our residency program.");

    [Fact]
    public void A_clinicians_own_family_in_team_news_is_not_a_patient() =>
        NamePageHarness.AssertNames(PageKind.News, "Dr. Quenby welcomed her daughter Priscilla in June, and the whole team sent flowers.");
    [Fact]
    public void A_signature_whose_first_word_no_dictionary_knows_is_the_whole_run() =>
        NamePageHarness.AssertNames(PageKind.Story, "The sessions gave us our evenings back.\n\u2014 {|Ebiowei Daniel|}");

    [Fact]
    public void A_signature_no_dictionary_knows_makes_its_words_known_on_a_story_page() =>
        NamePageHarness.AssertNames(PageKind.Story, "{|Ferrowby|} finally sleeps through the night.\n\u2014 {|Ebiowei Ferrowby|}");

    [Fact]
    public void A_plural_relative_word_near_a_visit_names_a_patients_family() =>
        NamePageHarness.AssertNames(PageKind.News,
            "He came in for three appointments in one week. His parents, {|Tsvetelin|} and {|Marisol|}, brought muffins to each one.");

    [Fact]
    public void A_plural_relative_word_in_a_bio_sentence_without_care_is_no_cue() =>
        NamePageHarness.AssertNames(PageKind.News,
            "She lives by the lake with her husband and their daughters, Tsvetelin and Marisol, and two very old cats.");
    [Fact]
    public void A_full_name_after_an_honouring_to_is_a_name_though_no_dictionary_knows_its_given_name() =>
        NamePageHarness.AssertNames(PageKind.News,
            "Congratulations to {|Tsvetelin Ionescu|}, who came in for her first visit and left smiling.");

    [Fact]
    public void The_people_one_sentence_honours_with_a_patient_are_reported_together() =>
        NamePageHarness.AssertNames(PageKind.News,
            "Special thanks to {|Marisol Quenby|}, age 15, who drew our new logo, and to {|Tsvetelin Ionescu|}, who chose the snacks.");

    [Fact]
    public void A_capitalized_pair_after_to_without_an_honouring_phrase_is_no_name() =>
        NamePageHarness.AssertNames(PageKind.News, "The shuttle runs to Tsvetelin Ionescu every morning.");
    [Fact]
    public void A_name_that_leads_the_practices_own_programme_is_staff() =>
        NamePageHarness.AssertNames(PageKind.Other,
            "Tsvetelin Ionescu leads our anxiety program. Sessions are weekly at first, then less often as panic attacks ease.");

    [Fact]
    public void A_name_with_a_comma_before_leads_our_is_not_made_staff_by_it() =>
        NamePageHarness.AssertNames(PageKind.Story,
            "My son, {|Tsvetelin|}, leads our family walks now that his knee has healed.");
}
