namespace ContentLint.Core.Tests.Detection;

/// <summary>The prefiltered, capture-free <see cref="ContentLint.Core.Detection.PhoneNumberScanner"/> finds what the regex version with capture groups found.</summary>
public sealed class PhoneNumberScannerEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "+", "+1", "+1 ", "+1-", "1-", "1 ", "1.", "+44", "+49", "+2", "+9", "+0", "(", ")", "(555)", "(555) ", "(555)\u00A0",
        "555", "201", "211", "911", "055", "3300", "0958", "7946", "20", "5552013300", "15552013300", "2", "9", "1",
        "-", ".", " ", "\u00A0", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", " x", "x", "X", "ext", "Ext.", "EXT.", "extension",
        " , ", ",", "ext. 7", " x204", "\u0665\u0665\u0665", "\u0662\u0660\u0661", "\u0663\u0663\u0660\u0660", "€", "£", "\\", "%",
        "555-201-3300", "555.201.3300", "555 201 3300", "+44 20 7946 0958", "+15552013300", "1-800-222-1222", "ſ", "K",
    ];

    public static TheoryData<string> Edges() =>
    [
        "", "+", "+1", "5552013300", "555-201-3300", "+15552013300", "+1555201330", "+155520133000", "(555) 201-3300, ext. 7",
        "555-201-3300 x204", "+44 20 7946 0958", "+2 123", "+234", "+23 4", "+2 1", "+22 1234567 1234567", "+2" + new string('1', 40),
        "+1 (555) 201-3300", "1-555-201-3300", "1 555 201 3300", "+1-555-201-3300", "555\u2013201\u20133300", "555-201 3300",
        "\u0665\u0665\u0665-\u0662\u0660\u0661-\u0663\u0663\u0660\u0660", "555-201-3300\n", "\n(555)201-3300", "+1\u00A0555\u00A0201\u00A03300",
        "555-201-3300 extension 123456789", "555-201-3300 , x 12", "+1 555 201 3300 x", "a555-201-3300", "12-555-201-3300",
        "Call +1 (555) 201-3300.", "Call +1-(555)201-3300 now", "xx (555) 201-3300", "a 1-555-201-3300 and 555-201-3300",
        "Text +15552013300 or 555.201.3300", "Dial 555 201 3300, +1 555 201 3301", "Call 1-(555) 201-3300", "Call 1 (555)201-3300",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_cases_give_the_same_numbers(string text) =>
        Assert.Equal(LegacyPhoneNumberScanner.Find(text), ContentLint.Core.Detection.PhoneNumberScanner.Find(text));

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 12)]
    [InlineData(3, 24)]
    public void Random_texts_give_the_same_numbers(int seed, int maxTokens)
    {
        ScannerInputs.AssertSameOnRandomTexts(seed, maxTokens, Pieces, text => LegacyPhoneNumberScanner.Find(text), text => ContentLint.Core.Detection.PhoneNumberScanner.Find(text));
    }
}
