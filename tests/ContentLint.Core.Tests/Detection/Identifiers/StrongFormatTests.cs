namespace ContentLint.Core.Tests.Detection.Identifiers;

public sealed class StrongFormatTests
{
    [Theory]
    [InlineData("Number {|PHI009:1EG4-TE5-MK73|} on the card")]
    [InlineData("Truck {|PHI012:1M8GDM9AXKP042788|} was towed")]
    [InlineData("Box label {|PHI013:(01)00844588003288(17)141120(10)7654321D|}")]
    public void Strong_formats_need_no_caption(string marked) =>
        IdentifierAssert.Findings(marked);

    [Theory]
    [InlineData("Mixed dashes 1EG4-TE5MK73 and lowercase 1eg4-te5-mk73")]
    [InlineData("Bad check digit 1M8GDM9A1KP042788")]
    [InlineData("Inside a longer code X1EG4-TE5-MK73 or 1M8GDM9AXKP0427889")]
    public void Near_misses_are_not_reported(string text) =>
        IdentifierAssert.None(text);
}
