using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Identifiers;

public sealed class IpAddressTests
{
    [Theory]
    [InlineData("home {|PHI015:203.0.113.58|} and {|PHI015:2001:db8:4a1::17|};")]
    [InlineData("({|PHI015:198.51.100.74|})")]
    [InlineData("full form {|PHI015:2001:0db8:0000:0000:0000:ff00:0042:8329|}")]
    public void Addresses_are_found_with_their_exact_span(string marked) =>
        IdentifierAssert.Findings(marked);

    [Theory]
    [InlineData("Private 10.40.2.31, 192.168.1.20, 172.16.0.4, loopback 127.0.0.1 and ::1, link-local fe80::1")]
    [InlineData("Versions: v1.2.3.4, version 2.0.0.1, 1.2.3.4.5, 256.1.1.1")]
    [InlineData("Code: std::vector, a::b::c, 12:30:45")]
    [InlineData("Netmask 255.255.255.0")]
    public void Non_identifying_numbers_are_not_addresses(string text) =>
        IdentifierAssert.None(text);

    [Fact]
    public void Link_targets_are_left_to_the_url_rule() =>
        IdentifierAssert.None("http://203.0.113.5/admin", RegionKind.LinkUrl, "href");

    [Fact]
    public void A_person_word_nearer_than_an_infrastructure_word_keeps_the_address() =>
        IdentifierAssert.Findings("network allowlist for Mr. O: home {|PHI015:203.0.113.58|}");

    [Fact]
    public void Addresses_in_html_comments_are_found() =>
        IdentifierAssert.Findings(" Submitted from {|PHI015:198.51.100.74|} ", RegionKind.Comment);
}
