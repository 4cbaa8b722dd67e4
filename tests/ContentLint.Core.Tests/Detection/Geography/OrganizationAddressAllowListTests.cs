using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Tests.Detection.Geography;

public sealed class OrganizationAddressAllowListTests
{
    private static readonly OrganizationAddressAllowList AllowList =
        new(["88 Summit Avenue, Unit B, Granite Ridge, CO 80999"], ["Peak Physio"]);

    [Theory]
    [InlineData("88 Summit Avenue, Unit B, Granite Ridge, CO 80999")]
    [InlineData("88 SUMMIT AVE. UNIT B  GRANITE RIDGE CO 80999")]
    [InlineData("88 Summit Ave")]
    [InlineData("Granite Ridge, CO 80999")]
    [InlineData("80999")]
    [InlineData("peak physio")]
    public void The_practices_address_in_any_spelling_or_part_is_allowed(string text) =>
        Assert.True(AllowList.IsAllowed(text));

    [Theory]
    [InlineData("Granite Ridge")]
    [InlineData("90 Summit Avenue")]
    [InlineData("88 Summit Avenue, Unit C")]
    [InlineData("Aspen Flats, CO 80997")]
    [InlineData("")]
    public void Other_addresses_and_the_town_alone_are_not_allowed(string text) =>
        Assert.False(AllowList.IsAllowed(text));
}
