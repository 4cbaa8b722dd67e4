using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Identifiers;

public sealed class LabeledIdentifierTests
{
    [Theory]
    [InlineData("MRN {|PHI008:0048213|} and chart no. {|PHI008:QTN-208815|}")]
    [InlineData("Member-ID: {|PHI009:KHP-884201-03|}; group # {|PHI009:GRP-55102|}")]
    [InlineData("account\n{|PHI010:PP-300871|}")]
    [InlineData("Plate: {|PHI012:BK 48217|}.")]
    [InlineData("S/N {|PHI013:PJN704221H|}, claim no. {|PHI018:CLM-7730-2291-A|}")]
    public void The_span_is_the_value_never_its_caption(string marked) =>
        IdentifierAssert.Findings(marked);

    [Theory]
    [InlineData("Her file number with us is {|PHI008:QV-118274|}, and her clinic number is {|PHI008:QV-2019-3381|}.")]
    [InlineData("The two implants (lot numbers {|PHI013:ZK-50921-B|} and\n{|PHI013:ZK-50922-B|}) were logged.")]
    [InlineData("Implant serials {|PHI013:TR-7781-Q|}, {|PHI013:TR-7782-Q|} and {|PHI013:TR-7783-Q|} were registered.")]
    [InlineData("Lot # {|PHI013:ZK-50921-B|} and then the second visit in 2024 went well.")]
    public void Record_captions_with_link_words_and_lists_of_values_are_read(string marked) =>
        IdentifierAssert.Findings(marked);

    [Theory]
    [InlineData("We filed it under {|PHI008:QV-118274|} (her chart number) last spring.")]
    [InlineData("The implant ({|PHI013:ZK-50921-B|} is its lot number) was registered.")]
    [InlineData("{|PHI008:QV-118274|} is her clinic number.")]
    public void A_caption_with_no_value_after_it_names_the_value_before_it(string marked) =>
        IdentifierAssert.Findings(marked);

    [Theory]
    [InlineData("In 2024 her chart number changed when we moved systems.")]
    [InlineData("Call us for your chart number.")]
    [InlineData("Bring 2 forms and your chart number.")]
    public void Words_and_years_before_a_caption_are_no_values(string text) =>
        IdentifierAssert.None(text);

    [Fact]
    public void A_segment_with_just_the_values_three_digits_is_still_searched_for_captions() =>
        IdentifierAssert.Findings("Her chart MRN: {|PHI008:AB123|}.");

    [Theory]
    [InlineData("Dates after captions: claim 02/14/1941, case 2026-03-02, account 9.14.26")]
    [InlineData("Years and codes: case 2024, invoice D2962, serial E0486")]
    [InlineData("Placeholders: account PP-000000, member ID XYZ123456789")]
    [InlineData("Glued or far: MRN0048213, the claim that we filed last spring was 55123")]
    [InlineData("Prices and percentages: invoice $450, account 45%")]
    [InlineData("For example, MRN 0048213 goes here.")]
    public void Values_that_are_not_identifiers_are_skipped(string text) =>
        IdentifierAssert.None(text);

    [Theory]
    [InlineData("{|PHI008:48213|}", "data-patient-id")]
    [InlineData("{|PHI009:FRH884201003|}", "data-member-id")]
    [InlineData(" {|PHI010:PP-300118|} ", "data-account")]
    public void Attribute_names_caption_their_values(string marked, string attribute) =>
        IdentifierAssert.Findings(marked, RegionKind.Attribute, attribute);

    [Fact]
    public void Script_literals_are_read_by_their_property_names() =>
        IdentifierAssert.Findings(
            "const demo = {\n  name: \"K\",\n  account: \"{|PHI010:PP-300118|}\",\n  memberId: '{|PHI009:FRH884201003|}',\n  id: \"portal-demo\",\n  total: 1234\n};",
            RegionKind.Script);

    [Fact]
    public void Front_matter_keys_caption_their_values() =>
        IdentifierAssert.Findings("{|PHI008:QTN-208815|}", RegionKind.FrontMatterValue, "patient.mrn");

    [Fact]
    public void Script_bodies_are_not_scanned_as_prose() =>
        IdentifierAssert.None("// MRN 0048213 in a comment of code", RegionKind.Script);

    [Theory]
    [InlineData("She is licensed in Illinois (license 019.045521).")]
    [InlineData("Board-certified. Colorado PT license PTL.0011234.")]
    public void Staff_licences_are_the_practices_own(string text) =>
        IdentifierAssert.None(text);

    [Fact]
    public void A_patient_word_nearer_than_a_credential_word_keeps_the_licence() =>
        IdentifierAssert.Findings("Our physician noted his licence {|PHI011:D483-2216|}.");

    [Fact]
    public void Link_targets_are_not_read_for_captions() =>
        IdentifierAssert.None("/images/gallery/case-02-before.jpg", RegionKind.ImageSource);

    [Fact]
    public void A_licence_on_a_clinicians_bio_page_is_the_clinicians()
    {
        const string text = "Our physician noted his licence D483-2216.";
        Assert.Contains(DetectorHarness.Run(text), c => c.RuleId == "PHI011");
        Assert.DoesNotContain(DetectorHarness.Run(text, page: PageKind.Staff), c => c.RuleId == "PHI011");
    }
}
