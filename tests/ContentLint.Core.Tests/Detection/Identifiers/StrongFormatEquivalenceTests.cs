using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Identifiers;

namespace ContentLint.Core.Tests.Detection.Identifiers;

/// <summary>The hand-written MBI, VIN and SSN shapes and the prefiltered UDI search find what the regexes they replaced found.</summary>
public sealed class StrongFormatEquivalenceTests
{
    private static readonly string[] Formats = [StrongFormatScanner.Mbi, StrongFormatScanner.Vin, StrongFormatScanner.Udi];

    private static readonly string[] Pieces =
    [
        "1EG4-TE5-MK73", "1EG4TE5MK73", "1EG4", "TE5", "MK73", "1EG4-TE5MK73", "1EG4TE5-MK73", "9ZZ9", "A", "E", "G", "K", "M", "T",
        "S", "L", "O", "I", "B", "Z", "Q", "X", "H", "e", "g", "k", "1", "0", "5", "9", "-", "--", "/", ".", "@", "%", "$", "=", "_",
        "1M8GDM9AXKP042788", "1HGCM82633A004352", "1M8GDM9A1KP042788", "1M8GDM", "9AXKP", "042788", "JH4KA7561PC008269", "KP",
        "(01)", "(01)00844588003288", "00844588003288", "(17)", "(17)141120", "(10)", "(10)7654321D", "(21)", "(240)", "(2400)",
        "(12345)", "(1)", "ABCDEFGH", "JKLMNPRS", "TUVWXYZ", "0123456789", "1M8GDM9AXKP04278", "M8GDM9AXKP042788", "a1M8GDM9AXKP042788", "7654321D", "A-B", "(", ")", "0084458800328", "123-45-6789", "078-05-1120", "078 05 1120", "078\u00A005\u00A01120",
        "078051120", "666", "900", "000", "00", "0000", "12", "123", "1234", "12345", "\u0663\u0663\u0663", "\uFF11", "ABCDEFGHJKLMNPRST",
    ];

    public static TheoryData<string> Edges() =>
    [
        "", "1", "1EG4-TE5-MK73", "1EG4-TE5-MK7", "1EG4-TE5-MK733", "11EG4-TE5-MK73", "1EG4-TE5-MK731EG4-TE5-MK73", "1EG4--TE5-MK73",
        "1M8GDM9AXKP042788", "1M8GDM9AXKP0427881M8GDM9AXKP042788", "X1M8GDM9AXKP042788", "1M8GDM9AXKP04278", "1M8GDM9AXKP042788\n",
        "(01)00844588003288(17)141120(10)7654321D", "(01)00844588003288(17)141120(10)" + new string('A', 25), "((01)00844588003288",
        "(01)0084458800328", "(01)00844588003288(1)2(12345)3(17)1-", "(01)(01)00844588003288", "123-45-6789", "123456789", "1234567890",
        new string('A', 16), new string('7', 17), new string('A', 33), new string('B', 34), new string('C', 35), "a" + new string('D', 17),
        new string('E', 16) + "a" + new string('F', 17), new string('G', 16) + "I" + new string('H', 18) + "O", "123 45 6789", "123\u00A045 6789", "123-45 6789", "12-345-6789", "078-05-11200", "0780511201234567890", "1EG4-TE5-MK73 1M8GDM9AXKP042788",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_cases_give_the_same_spans(string text)
    {
        foreach (var format in Formats)
        {
            Assert.Equal(LegacyStrongFormatScanner.Find(text, format), StrongFormatScanner.Find(text, format));
        }

        Assert.Equal(LegacyStrongFormatScanner.FindSsns(text), SsnScanner.Find(text));
        AssertSameShapes(text);
    }

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 12)]
    [InlineData(3, 30)]
    public void Random_texts_give_the_same_spans(int seed, int maxTokens)
    {
        var withFindings = new int[Formats.Length + 1];
        foreach (var text in ScannerInputs.Random(seed, 20_000, maxTokens, Pieces))
        {
            for (var f = 0; f < Formats.Length; f++)
            {
                var expected = LegacyStrongFormatScanner.Find(text, Formats[f]);
                Assert.True(expected.SequenceEqual(StrongFormatScanner.Find(text, Formats[f])), Formats[f] + " differs for: " + ScannerInputs.Escape(text));
                withFindings[f] += expected.Count > 0 ? 1 : 0;
                Assert.True(expected.Count == 0 || TextChecks.CountAsciiDigits(text, 100) >= StrongFormatScanner.MinDigits(Formats[f]), Formats[f] + " has too few digits in: " + ScannerInputs.Escape(text));
            }

            var ssns = LegacyStrongFormatScanner.FindSsns(text);
            Assert.True(ssns.SequenceEqual(SsnScanner.Find(text)), "SSN differs for: " + ScannerInputs.Escape(text));
            withFindings[^1] += ssns.Count > 0 ? 1 : 0;
            Assert.True(LegacyStrongFormatScanner.Shapes(LegacyStrongFormatScanner.SsnShape, text).Count == 0 || TextChecks.CountAsciiDigits(text, 100) >= SsnShape.MinDigits, "SSN shape has too few digits in: " + ScannerInputs.Escape(text));
            AssertSameShapes(text);
        }

        Assert.All(withFindings, count => Assert.True(count > 50, "too few texts with findings to compare: " + string.Join(", ", withFindings)));
    }

    /// <summary>The unvalidated shapes too, so that near misses the validators would hide are compared as well.</summary>
    private static void AssertSameShapes(string text)
    {
        var escaped = ScannerInputs.Escape(text);
        Assert.True(LegacyStrongFormatScanner.Shapes(LegacyStrongFormatScanner.MbiShape, text).SequenceEqual(MbiShapes(text)), "MBI shape differs for: " + escaped);
        Assert.True(LegacyStrongFormatScanner.Shapes(LegacyStrongFormatScanner.VinShape, text).SequenceEqual(VinShapes(text)), "VIN shape differs for: " + escaped);
        Assert.True(LegacyStrongFormatScanner.Shapes(LegacyStrongFormatScanner.SsnShape, text).SequenceEqual(SsnShapes(text)), "SSN shape differs for: " + escaped);
    }

    private static List<(int, int)> MbiShapes(string text)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            var length = StrongFormatShapes.MbiLengthAt(text, i);
            if (length > 0)
            {
                found.Add((i, length));
            }

            i += Math.Max(length, 1);
        }

        return found;
    }

    private static List<(int, int)> VinShapes(string text)
    {
        var found = new List<(int, int)>();
        for (var start = StrongFormatShapes.NextVin(text, 0); start >= 0; start = StrongFormatShapes.NextVin(text, start + VinFormat.Length))
        {
            found.Add((start, VinFormat.Length));
        }

        return found;
    }

    private static List<(int, int)> SsnShapes(string text)
    {
        var found = new List<(int, int)>();
        for (var start = SsnShape.Next(text, 0, out var length); start >= 0; start = SsnShape.Next(text, start + length, out length))
        {
            found.Add((start, length));
        }

        return found;
    }
}
