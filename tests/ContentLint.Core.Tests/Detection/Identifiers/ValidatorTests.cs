using ContentLint.Core.Detection.Identifiers;

namespace ContentLint.Core.Tests.Detection.Identifiers;

public sealed class ValidatorTests
{
    [Theory]
    [InlineData("078051120", true)]
    [InlineData("219099999", true)]
    [InlineData("000123456", false)]
    [InlineData("666123456", false)]
    [InlineData("912345678", false)]
    [InlineData("123004567", false)]
    [InlineData("123450000", false)]
    [InlineData("12345678", false)]
    public void Ssn_ranges_follow_the_ssa(string digits, bool valid) =>
        Assert.Equal(valid, IdentifierChecks.IsSsn(digits));

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("378282246310005", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("411111111111", false)]
    public void Luhn_checks_card_numbers(string digits, bool valid) =>
        Assert.Equal(valid, IdentifierChecks.IsLuhn(digits));

    [Theory]
    [InlineData("AB1234563", true)]
    [InlineData("AB1234567", false)]
    [InlineData("A11234563", false)]
    public void Dea_check_digit(string value, bool valid) =>
        Assert.Equal(valid, IdentifierChecks.IsDea(value));

    [Theory]
    [InlineData("1HGCM82633A004352", true)]
    [InlineData("1M8GDM9AXKP042788", true)]
    [InlineData("1HGCM82633A004353", false)]
    [InlineData("1HGCM82633A00435", false)]
    [InlineData("1HGCM82633A0O4352", false)]
    [InlineData("11111111111111111", false)]
    public void Vin_check_digit(string vin, bool valid) =>
        Assert.Equal(valid, VinFormat.IsValid(vin));

    [Theory]
    [InlineData("1EG4TE5MK73", true)]
    [InlineData("0EG4TE5MK73", false)]
    [InlineData("1SG4TE5MK73", false)]
    [InlineData("1EG4TE5MK7A", false)]
    [InlineData("1eg4te5mk73", false)]
    public void Mbi_follows_the_cms_format(string mbi, bool valid) =>
        Assert.Equal(valid, MbiFormat.IsValid(mbi));
}
