using ContentLint.Core.Detection.Identifiers;

namespace ContentLint.Core.Tests.Detection.Identifiers;

/// <summary>The prefiltered <see cref="IpAddressScanner"/> finds what the version that always ran both regexes found.</summary>
public sealed class IpAddressScannerEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        ".", ":", "::", "0", "1", "8", "9", "25", "203", "255", "256", "001", "1234", "0.", "8.8", "8.8.8.8", "203.0.113.7", "10.0.0.1",
        "2001", "db8", "DB8", "fe80", "ffff", "abcd", "g", "2001:db8::1", "2001:db8:85a3::8a2e:370:7334", "::1", "::ffff:203.0.113.7",
        "std::vector", "a:b:c", "12:30", "-", "/", "@", "_", "\u0663", "\uFF11", "v", "http://", "e", "F", "12345",
    ];

    public static TheoryData<string> Edges() =>
    [
        "", "8.8.8.8", "1.2.3.4.5", "01.02.2026", "203.0.113.7.", "v203.0.113.7", "2001:db8::1", "::1", "::", "1:2:3:4:5:6:7:8:9",
        "std::vector", "12:30:45", "2001:db8:85a3::8a2e:370:7334\n", "::ffff:8.8.8.8", "1.2.3", "1..2.3.4", "1234.5.6.7.8", "8.8.8.\u0663",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_cases_give_the_same_addresses(string text) =>
        Assert.Equal(IpAddressScanner.Find(text, usePrefilters: false), IpAddressScanner.Find(text));

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 12)]
    [InlineData(3, 24)]
    public void Random_texts_give_the_same_addresses(int seed, int maxTokens)
    {
        ScannerInputs.AssertSameOnRandomTexts(seed, maxTokens, Pieces, text => IpAddressScanner.Find(text, usePrefilters: false), text => IpAddressScanner.Find(text));
    }
}
