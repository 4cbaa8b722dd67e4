using ContentLint.Core.Detection;

namespace ContentLint.Core.Tests.Detection;

/// <summary>The prefiltered <see cref="EmailAddressScanner"/> finds what the version that always ran both regexes found.</summary>
public sealed class EmailAddressScannerEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "@", "jane", "Jane.Doe", "j", ".", "-", "+", "%", "'", "_", "example", "com", "x", "org", "co.uk", "[at]", "[ at ]", "(at)", "( AT )", "{at}",
        "<at>", "[dot]", "(dot)", " [dot] ", "(", ")", "[", "]", "{", "}", "<", ">", "at", "AT", "At", "dot", "\u00A0", "é", "\u212A", "\u017F",
        "jane@x.example", "a@b", "mail", "\u0663", "xn--", "a1",
    ];

    public static TheoryData<string> Edges() =>
    [
        "", "@", "jane@x.example", "...jane@x.example", "jane@x.example_2", "a@b.example@c", "jane [at] example [dot] com",
        "jane (at) example (dot) com", "jane ( at ) example.com", "jane [ at ] x [dot] y", "look at this dot", "(at)", "jane\u00A0[\u00A0at\u00A0]\u00A0x.org",
        "jane [\u212At] x.org", "JANE [AT] X [DOT] ORG",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_cases_give_the_same_addresses(string text) =>
        Assert.Equal(EmailAddressScanner.Find(text, usePrefilters: false), EmailAddressScanner.Find(text));

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 12)]
    [InlineData(3, 24)]
    public void Random_texts_give_the_same_addresses(int seed, int maxTokens)
    {
        ScannerInputs.AssertSameOnRandomTexts(seed, maxTokens, Pieces, text => EmailAddressScanner.Find(text, usePrefilters: false), text => EmailAddressScanner.Find(text));
    }
}
