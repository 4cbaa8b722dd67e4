using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection;

public sealed class EmailDetectorTests
{
    [Theory]
    [InlineData("E-mail me at {|PHI006:colette.k@inbox.example|}, anytime.")]
    [InlineData("({|PHI006:o'brien.sean@mail.example|})")]
    [InlineData("<{|PHI006:jane+teeth@mail.co.example|}>")]
    [InlineData("Mail {|PHI006:Jane-Roe_2@Sub.Mail-Host.EXAMPLE|}.")]
    [InlineData("...{|PHI006:jane@mail.example|}...")]
    [InlineData("Write {|PHI006:jroe (at) mailbox (dot) example|} or {|PHI006:jroe[at]mailbox.example|}.")]
    [InlineData("Two: {|PHI006:a.b@c.example|};{|PHI006:d@e.example|}")]
    [InlineData("IDN {|PHI006:jane@xn--bcher-kva.example|} and punycode TLD {|PHI006:jane@mail.xn--p1ai|}")]
    public void Addresses_are_found_with_their_exact_span(string marked) =>
        DetectorHarness.AssertFindings(marked, page: PageKind.Story);

    [Theory]
    [InlineData("mailto:{|PHI006:jane.roe@mailbox.example|}?subject=Hello")]
    [InlineData("MAILTO:{|PHI006:jane.roe@mailbox.example|}")]
    public void Mailto_link_target_is_found(string marked) =>
        DetectorHarness.AssertFindings(marked, RegionKind.LinkUrl, "href", PageKind.Story);

    [Theory]
    [InlineData("Type you@example.com, me@mail.example.org or x@EXAMPLE.NET.")]
    [InlineData("Retina: logo@2x.png, hero@3x.webp, sprite@2x.svg")]
    [InlineData("Install eleventy@3.0.0 or @11ty/eleventy.")]
    [InlineData("Follow @riversidedental and email us at name@domain")]
    [InlineData("Look at this (at) sign.")]
    [InlineData("Broken jane..roe@mail.example and .@mail.example")]
    [InlineData("Numeric TLD jane@mail.123")]
    [InlineData("Glued jane@mail.example_x")]
    public void Things_that_are_not_personal_addresses_are_not_found(string text) =>
        Assert.Empty(DetectorHarness.Run(text));

    [Fact]
    public void Example_tld_is_scanned_even_though_example_com_is_not()
    {
        DetectorHarness.AssertFindings("{|PHI006:jane@clinic.example|} but not jane@example.com", page: PageKind.Story);
    }

    [Theory]
    [InlineData("E-mail me at jane.roe@mailbox.example", Confidence.High)]
    [InlineData("Her address: jane [at] mailbox [dot] example", Confidence.High)]
    [InlineData("jane.roe@mailbox.example", Confidence.Medium)]
    [InlineData("E-mail me at info@otherclinic.example", Confidence.Medium)]
    [InlineData("jane [at] mailbox [dot] example", Confidence.Medium)]
    [InlineData("Name: Jane Roe | E-mail: records@otherclinic.example", Confidence.Medium)]
    public void Confidence_is_high_only_with_a_patient_cue_and_never_for_shared_mailboxes(string text, Confidence confidence) =>
        Assert.Equal(confidence, Assert.Single(DetectorHarness.Run(text, page: PageKind.Story)).Confidence);

    [Theory]
    [InlineData(PageKind.Contact, "Questions? Write to frontdesk@smiles.example any time.")]
    [InlineData(PageKind.Other, "Book online or e-mail jane.doe@smiles.example.")]
    [InlineData(PageKind.Policy, "Send privacy requests to compliance@smiles.example.")]
    [InlineData(PageKind.Chrome, "<footer>kim@smiles.example</footer>")]
    [InlineData(PageKind.News, "Questions about the event? Write to events@smiles.example.")]
    [InlineData(PageKind.Story, "Share your own story with us at stories@smiles.example.")]
    [InlineData(PageKind.Staff, "Dr. Kim reads her e-mail at kim@smiles.example daily.")]
    public void Practice_addresses_on_practice_pages_are_not_found(PageKind page, string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: page), c => c.RuleId == "PHI006");

    [Theory]
    [InlineData(PageKind.Contact, "Name: Jane Roe | Email: {|PHI006:jroe.climbs@mailbox.example|}")]
    [InlineData(PageKind.Other, "His daughter wrote from {|PHI006:ana.r@mailbox.example|} last week.")]
    [InlineData(PageKind.Other, "You can reach the family at {|PHI006:vell.household@mailbox.example|}.")]
    [InlineData(PageKind.Staff, "My own address is {|PHI006:ana.r@mailbox.example|}.")]
    [InlineData(PageKind.Story, "Ask at {|PHI006:desk@smiles.example|}.")]
    [InlineData(PageKind.Story, "She wrote to {|PHI006:ana.r@mailbox.example|}.")]
    public void Addresses_with_a_patient_cue_or_off_practice_pages_are_found(PageKind page, string marked) =>
        DetectorHarness.AssertFindings(marked, page: page);

    [Fact]
    public void A_mailto_link_on_a_practice_page_is_not_found() =>
        Assert.Empty(DetectorHarness.Run("mailto:jane.roe@mailbox.example", RegionKind.LinkUrl, "href", PageKind.Contact));

    [Fact]
    public void A_personal_address_left_in_a_comment_of_the_practices_page_is_found()
    {
        const string text = "Test submission kept for QA: reply to r.alvarez@inbox.example";
        Assert.Contains(DetectorHarness.Run(text, RegionKind.Comment, page: PageKind.Contact), c => c.RuleId == "PHI006");
        Assert.DoesNotContain(DetectorHarness.Run(text, RegionKind.Prose, page: PageKind.Contact), c => c.RuleId == "PHI006");
    }
}
