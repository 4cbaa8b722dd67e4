using ContentLint.Core.Config;
using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Tests.Detection.Urls;

public sealed class OrganizationDomainAllowListTests
{
    private static OrganizationDomainAllowList AllowList()
    {
        var config = ConfigLoader.Parse(
            "organization:\n  names: [\"Riverside Family Dental\"]\n  domains: [\"riversidedental.example\"]\n", ".contentlint.yml", "/tmp", new HashSet<string>());
        return new OrganizationDomainAllowList(config);
    }

    [Theory]
    [InlineData("https://riversidedental.example/blog/x")]
    [InlineData("https://www.riversidedental.example/")]
    [InlineData("portal.riversidedental.example/patients/123")]
    [InlineData("https://www.facebook.com/RiversideFamilyDental")]
    [InlineData("https://instagram.com/riversidedental")]
    public void The_practice_domains_subdomains_and_own_profiles_are_allowed(string url) =>
        Assert.True(AllowList().IsAllowed(url));

    [Theory]
    [InlineData("https://instagram.com/devon.smiles.daily")]
    [InlineData("https://notriversidedental.example.com/x")]
    [InlineData("https://portal.hub.example/p/riversidedental/patients/48213")]
    public void Other_urls_are_not_allowed(string url) =>
        Assert.False(AllowList().IsAllowed(url));
}
