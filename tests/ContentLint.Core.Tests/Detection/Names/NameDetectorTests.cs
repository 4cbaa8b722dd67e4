using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Names;

public sealed class NameDetectorTests
{
    [Theory]
    [InlineData("We thank {|PHI001:Mr. Gerald Feng|} for the groceries.")]
    [InlineData("Shared with permission from {|PHI001:Ruth A.|} of {|PHI002:North Fork|}.")]
    [InlineData("Her grandson {|PHI001:Wes|} drove her to each appointment.")]
    [InlineData("His wife, {|PHI001:Hélène|}, came to every session.")]
    [InlineData("\"It worked,\" {|PHI001:Priyanka|} says.")]
    [InlineData("Great care, would recommend.\n— {|PHI001:Sarah K.|}")]
    [InlineData("A note for {|PHI001:Mr. Okonkwo|}'s chart.")]
    public void Names_with_a_cue_are_found_with_their_exact_span(string marked) =>
        DetectorHarness.AssertFindings(marked);

    /// <summary>On a patient story every unknown person is taken for a patient; elsewhere these need health words.</summary>
    [Theory]
    [InlineData("The form was signed by {|PHI001:Walter P. Sims|}, Esq.")]
    [InlineData("Winner {|PHI001:Nadia Karimi|} and runner-up {|PHI001:R. Castillo|} finished strong.")]
    public void Full_names_on_a_story_page_are_found_with_their_exact_span(string marked) =>
        DetectorHarness.AssertFindings(marked, page: PageKind.Story);

    [Fact]
    public void A_name_split_by_a_soft_line_break_is_one_finding() =>
        DetectorHarness.AssertFindings("When {|PHI001:Bernard\nKowalski|} arrived he used a wheelchair.");

    [Fact]
    public void A_possessive_is_not_part_of_the_span() =>
        DetectorHarness.AssertFindings("We designed the teeth around {|PHI001:Anita Sorensen|}'s lip line.");

    [Fact]
    public void Later_mentions_of_a_named_patient_are_found_anywhere_in_the_page() =>
        DetectorHarness.AssertFindings("{|PHI001:Hank Dufresne|} taught shop. {|PHI001:Hank|} rides again; the {|PHI001:Dufresne|} family cheered.", page: PageKind.Story);

    [Fact]
    public void A_full_name_with_nothing_about_health_is_not_reported_on_an_undecided_page() =>
        Assert.DoesNotContain(DetectorHarness.Run("Jayden Brooks missed four weeks of band practice."), c => c.RuleId == "PHI001");

    [Theory]
    [InlineData("Dr. Lopez and Dr. Maria Whitfield placed the implant.")]
    [InlineData("George Washington did not have wooden teeth, and Paul Revere made bridges.")]
    [InlineData("Franklin D. Roosevelt built a center at Warm Springs, Georgia, in the 1920s.")]
    [InlineData("Parkinson's disease, the Hawkins-Kennedy test and Kennedy Class I are eponyms.")]
    [InlineData("A charter pilot from Harlan Mills came in. She lives in Willow Bend near Pine Creek, on Linden Street.")]
    [InlineData("May we suggest a visit in June? Grace periods apply.")]
    [InlineData("Sister Elizabeth Kenny challenged the practice; Sir Flossalot approves.")]
    [InlineData("Type Jane Doe or J. Doe on the form.")]
    [InlineData("Physical therapy can't stop ALS, but it helps.")]
    public void Staff_titles_famous_people_places_and_eponyms_are_not_names(string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text), c => c.RuleId == "PHI001"); // places tied to a patient are PHI002's

    [Theory]
    [InlineData("Our patient Frank Delgado enrolled first.", Confidence.High)]
    [InlineData("Jayden Brooks missed four weeks of physical therapy.", Confidence.Medium)]
    [InlineData("Then Theo had his sealants.", Confidence.Low)]
    public void Confidence_reflects_the_cues(string text, Confidence confidence) =>
        Assert.Equal(confidence, Assert.Single(DetectorHarness.Run(text)).Confidence);

    [Fact]
    public void A_name_in_an_image_file_name_is_found() =>
        DetectorHarness.AssertFindings("/img/{|PHI001:ann-lee|}-before.jpg", RegionKind.ImageSource, "src");

    [Fact]
    public void Image_file_names_without_a_name_are_not_findings() =>
        Assert.Empty(DetectorHarness.Run("/images/gallery/case-03-before.jpg", RegionKind.ImageSource, "src"));
}
