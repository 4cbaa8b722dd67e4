using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Identifiers;

public sealed class SsnTests
{
    [Theory]
    [InlineData("SSN (typed by mistake): {|PHI007:219-09-9999|} | Submitted")]
    [InlineData("voided but still SSN-shaped: {|PHI007:078-05-1120|}.")]
    [InlineData("Soc sec {|PHI007:078051120|}")]
    [InlineData("SS# {|PHI007:219 09 9999|}")]
    public void Ssn_shapes_are_found_with_their_exact_span(string marked) =>
        IdentifierAssert.Findings(marked);

    [Theory]
    [InlineData("000-12-3456 666-12-3456 900-12-3456 123-00-4567 123-45-0000")]
    [InlineData("Tracking 078051120 and 219099999 without a caption")]
    [InlineData("Part of a longer number: 1078-05-1120 or 078-05-11201")]
    [InlineData("Example 123-45-6789 counts up")]
    public void Invalid_ranges_bare_digits_and_longer_numbers_are_not_ssns(string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text), c => c.RuleId == "PHI007");

    [Theory]
    [InlineData("SSN: 078-05-1120", Confidence.High)]
    [InlineData("It read 078-05-1120.", Confidence.Medium)]
    [InlineData("It read 078 05 1120.", Confidence.Low)]
    public void Confidence_follows_caption_and_separator(string text, Confidence confidence) =>
        Assert.Equal(confidence, Assert.Single(DetectorHarness.Run(text), c => c.RuleId == "PHI007").Confidence);

    [Fact]
    public void Ssn_assigned_to_a_script_property_is_found() =>
        IdentifierAssert.Findings("const p = { subscriberSsn: \"{|PHI007:078051120|}\" };", RegionKind.Script);
}
