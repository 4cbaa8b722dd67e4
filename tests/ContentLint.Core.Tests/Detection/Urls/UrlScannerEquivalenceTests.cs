using ContentLint.Core.Detection.Urls;

namespace ContentLint.Core.Tests.Detection.Urls;

/// <summary>The prefiltered <see cref="UrlScanner"/> finds what the version with the plain slash check found.</summary>
public sealed class UrlScannerEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "https://", "http://", "HTTP://", "ftp://", "://", "www.", "WWW.", "ww.", "/", "//", ".", "-", "example", "com", "x", "a1", "path", "?q=1",
        "#top", "(", ")", "[", "]", "<", ">", "\"", "'", "|", "@", ",", ";", ":", "!", "\u212A", "\u0130", "é", "\u0663", "and/or", "3/4", "a.b/",
        "portal.example/login", "www.example.org",
    ];

    public static TheoryData<string> Edges() =>
    [
        "", "/", "and/or", "3/4", "https://x.example/a,", "(see https://x.example/a)", "www.example.org.", "portal.example/login", "a.b/",
        "jane@x.example/path", "\u212A.example/", "x.\u212A/", "-.-/", "WWW.EXAMPLE.ORG", "hTTp://x.example",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_cases_give_the_same_urls(string text) =>
        Assert.Equal(LegacyUrlScanner.Find(text), UrlScanner.Find(text));

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 12)]
    [InlineData(3, 24)]
    public void Random_texts_give_the_same_urls(int seed, int maxTokens)
    {
        var withFindings = 0;
        foreach (var text in ScannerInputs.Random(seed, 20_000, maxTokens, Pieces))
        {
            var expected = LegacyUrlScanner.Find(text);
            Assert.True(expected.SequenceEqual(UrlScanner.Find(text)), "differs for: " + PhoneNumberScannerEquivalenceTests.Escape(text));
            withFindings += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(withFindings > 200, "too few texts with findings to compare: " + withFindings);
    }
}
