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
        DetectorHarness.AssertFindings(marked);

    [Theory]
    [InlineData("mailto:{|PHI006:jane.roe@mailbox.example|}?subject=Hello")]
    [InlineData("MAILTO:{|PHI006:jane.roe@mailbox.example|}")]
    public void Mailto_link_target_is_found(string marked) =>
        DetectorHarness.AssertFindings(marked, RegionKind.LinkUrl, "href");

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
        DetectorHarness.AssertFindings("{|PHI006:jane@clinic.example|} but not jane@example.com");
    }

    [Theory]
    [InlineData("jane.roe@mailbox.example", Confidence.High)]
    [InlineData("info@otherclinic.example", Confidence.Medium)]
    [InlineData("jane [at] mailbox [dot] example", Confidence.Medium)]
    public void Confidence_is_lower_for_shared_mailboxes_and_obfuscated_forms(string text, Confidence confidence) =>
        Assert.Equal(confidence, Assert.Single(DetectorHarness.Run(text)).Confidence);
}
