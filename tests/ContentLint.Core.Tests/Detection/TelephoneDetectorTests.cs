using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection;

public sealed class TelephoneDetectorTests
{
    [Theory]
    [InlineData("Call me at {|PHI004:(555) 201-3300|}.")]
    [InlineData("Call me at {|PHI004:(555)201-3300|}.")]
    [InlineData("My cell: {|PHI004:555-201-3300|}")]
    [InlineData("My cell: {|PHI004:555.201.3300|}")]
    [InlineData("My cell: {|PHI004:555 201 3300|}")]
    [InlineData("My cell: {|PHI004:+1 555 201 3300|}")]
    [InlineData("My cell: {|PHI004:+1 (555) 201-3300|}")]
    [InlineData("My cell: {|PHI004:1-555-201-3300|}")]
    [InlineData("My cell: {|PHI004:+15552013300|}")]
    [InlineData("My cell: {|PHI004:555\u2013201\u20133300|}")]
    [InlineData("Office {|PHI004:555-201-3300 x204|}, home {|PHI004:555-201-3302|}.")]
    [InlineData("Call {|PHI004:(555) 201-3300, ext. 7|} and ask for her.")]
    [InlineData("Her sister in {|PHI002:London|} is on {|PHI004:+44 20 7946 0958|}.")]
    [InlineData("(Reach me: {|PHI004:555-201-3300|})")]
    public void Telephone_numbers_in_the_usual_formats_are_found(string marked) =>
        DetectorHarness.AssertFindings(marked, page: PageKind.Story);

    [Theory]
    [InlineData("Her visit was on 03-12-2024 and 2024-03-12.")]
    [InlineData("Springfield, IL 62701-1234")]
    [InlineData("The voided card number 078-05-1120 is famous.")]
    [InlineData("Veneers cost $555.201 or 555.20 dollars; $1,555,201,3300 is silly.")]
    [InlineData("Requires SDK 10.0.100 or 555.201.3300.1.")]
    [InlineData("Claim 555201330012 and 5552013300 are digit runs.")]
    [InlineData("ISBN 978-0-306-40615-7 and 978-555-201-3300.")]
    [InlineData("Order A555-201-3300 and 555-201-3300B were shipped.")]
    [InlineData("Part 12-555-201-3300 and 555-201-3300-2 are parts.")]
    [InlineData("Call 123-456-7890, 055-201-3300, 555-101-3300 or 911-555-0100.")]
    [InlineData("Mixed 555-201 3300 separators are a list.")]
    [InlineData("See /img/555-201-3300.jpg for the chart.")]
    [InlineData("Scores rose +30 points.")]
    [InlineData("Poison Control: 1-800-222-1222, or (888) 201-3300.")]
    public void Shapes_that_are_not_telephone_numbers_are_not_found(string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text), c => c.RuleId is "PHI004" or "PHI005"); // dates and ZIPs are other rules' findings

    [Theory]
    [InlineData("Fax: {|PHI005:(555) 201-3301|}")]
    [InlineData("Fax no. {|PHI005:555-201-3301|}")]
    [InlineData("Send it to his home fax, {|PHI005:555.201.3301|}.")]
    [InlineData("Fax for referrals and records: {|PHI005:(555) 201-3301|}")]
    [InlineData("Phone: {|PHI004:555-201-3300|} | Fax: {|PHI005:555-201-3301|}")]
    [InlineData("Fax: {|PHI005:555-201-3301|}, or call me at {|PHI004:555-201-3300|}.")]
    [InlineData("{|PHI005:555-201-3301|} (fax) and {|PHI004:555-201-3300|} (cell)")]
    [InlineData("Fax your X-rays, or call {|PHI004:555-201-3300|}.")]
    [InlineData("Our fax broke last week. {|PHI004:555-201-3300|} is my cell.")]
    [InlineData("FACSIMILE {|PHI005:+1 555 201 3301|}")]
    public void Fax_cue_nearest_before_the_number_makes_it_a_fax_number(string marked) =>
        DetectorHarness.AssertFindings(marked, page: PageKind.Story);

    [Fact]
    public void Tel_link_target_on_a_story_page_is_a_telephone_number_with_medium_confidence()
    {
        var (text, expected) = SpanMarkers.Parse("tel:{|PHI004:+15552013300|}");

        var candidate = Assert.Single(DetectorHarness.Run(text, RegionKind.LinkUrl, "href", PageKind.Story));

        Assert.Equal(expected[0], new ExpectedSpan(candidate.RuleId, candidate.Start, candidate.Length));
        Assert.Equal(Confidence.Medium, candidate.Confidence);
    }

    [Theory]
    [InlineData("tel:{|PHI004:555-201-3300|}")]
    [InlineData("TEL:{|PHI004:+1-555-201-3300|}")]
    [InlineData("sms:{|PHI004:+15552013300|}?body=Hi")]
    public void Tel_and_sms_links_in_any_punctuation_are_found(string marked) =>
        DetectorHarness.AssertFindings(marked, RegionKind.LinkUrl, "href", PageKind.Story);

    [Theory]
    [InlineData("https://maps.example/place/555-201-3300")]
    [InlineData("tel:911")]
    [InlineData("tel:+18002221222")]
    [InlineData("tel:")] // a number a component fills in at run time: href={`tel:${phone}`}
    [InlineData("tel: ")]
    public void Other_link_targets_hold_no_telephone_number(string url) =>
        Assert.Empty(DetectorHarness.Run(url, RegionKind.LinkUrl, "href"));

    [Theory]
    [InlineData("Text me at 555-201-3300.", Confidence.High)]
    [InlineData("The number 555-201-3300 was on the note.", Confidence.Medium)]
    [InlineData("The list 555 201 3300 was on the note.", Confidence.Low)]
    [InlineData("Call me on 555 201 3300.", Confidence.High)]
    public void Confidence_follows_cue_words_and_format(string text, Confidence confidence) =>
        Assert.Equal(confidence, Assert.Single(DetectorHarness.Run(text, page: PageKind.Story)).Confidence);

    [Fact]
    public void Number_in_a_table_cell_maps_to_its_span()
    {
        DetectorHarness.AssertFindings("{|PHI004:555-201-3300|}", RegionKind.TableCell, page: PageKind.Story);
    }

    [Theory]
    [InlineData(PageKind.Contact, "Phone: (555) 201-3300 | Fax: (555) 201-3301")]
    [InlineData(PageKind.Other, "Questions about implants? Call us at 555-201-3300.")]
    [InlineData(PageKind.Policy, "To request your records, call 555-201-3300.")]
    [InlineData(PageKind.Policy, "If a patient cannot sign, his or her representative may call 555-201-3300.")]
    [InlineData(PageKind.Chrome, "<span>555-201-3300</span>")]
    [InlineData(PageKind.Article, "Worried about a cracked tooth? Call our office at 555-201-3300.")]
    [InlineData(PageKind.News, "Register by phone: 555-201-3300.")]
    [InlineData(PageKind.Story, "Questions about veneers? Call us at 555-201-3300.")]
    [InlineData(PageKind.Story, "Our office: 555-201-3300 | Fax: 555-201-3301")]
    [InlineData(PageKind.Staff, "Reach Dr. Kim at her direct line, 555-201-3300.")]
    [InlineData(PageKind.Contact, "Call Jennifer at 555-201-3300 to book.")]
    [InlineData(PageKind.Other, "Call Today at 555-201-3300 or contact Bayside Dental at 555-201-3301.")]
    public void Practice_numbers_on_practice_pages_are_not_found(PageKind page, string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: page), c => c.RuleId is "PHI004" or "PHI005");

    [Theory]
    [InlineData(PageKind.Contact, "Name: Jane Roe | Phone: {|PHI004:555-201-3300|} | Fax: {|PHI005:555-201-3301|}")]
    [InlineData(PageKind.Other, "His daughter called us ({|PHI004:555-201-3300|}) after reading about it.")]
    [InlineData(PageKind.Other, "Other parents are welcome to contact the family: {|PHI004:(555) 201-3347|}.")]
    [InlineData(PageKind.Policy, "Example: my number is {|PHI004:555-201-3300|}.")]
    [InlineData(PageKind.Staff, "Home: {|PHI004:555-201-3300|}")]
    [InlineData(PageKind.Story, "Her old number was {|PHI004:555-201-3300|}.")]
    [InlineData(PageKind.Story, "Our patient left {|PHI004:555-201-3300|} for us.")]
    [InlineData(PageKind.Story, "My daughter called us at {|PHI004:555-201-3300|}.")]
    [InlineData(PageKind.Story, "Call {|PHI001:Jane|} at {|PHI004:555-201-3300|} after six.")]
    [InlineData(PageKind.Other, "Call Jane at {|PHI004:555-201-3300|} after six.")] // a lone first name off stories is no finding (docs: PHI001), the number is
    public void Numbers_with_a_patient_cue_or_off_practice_pages_are_found(PageKind page, string marked) =>
        DetectorHarness.AssertFindings(marked, page: page);

    [Theory]
    [InlineData(PageKind.Story, "Call me at 555-201-3300.", Confidence.High)]
    [InlineData(PageKind.Story, "Phone: 555-201-3300", Confidence.Medium)]
    [InlineData(PageKind.Contact, "Name: Jane Roe | Phone: 555-201-3300", Confidence.High)]
    public void High_confidence_needs_a_patient_cue(PageKind page, string text, Confidence confidence)
    {
        var found = Assert.Single(DetectorHarness.Run(text, page: page), c => c.RuleId == "PHI004");
        Assert.Equal(confidence, found.Confidence);
        Assert.False(string.IsNullOrEmpty(found.Reason));
    }

    [Fact]
    public void A_tel_link_on_a_practice_page_is_not_found() =>
        Assert.Empty(DetectorHarness.Run("tel:+15552013300", RegionKind.LinkUrl, "href", PageKind.Contact));
}
