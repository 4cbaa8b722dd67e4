using System.Text;
using ContentLint.Core.Detection.Geography;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection.Geography;

/// <summary>
/// PlaceNameFinder looks for cues only where a capitalized word follows them; the finder it replaced searched every
/// cue in the whole text (<see cref="LegacyPlaceNameFinder"/>). Both must add exactly the same places, in the same
/// order, on texts made of the cues, places, states, ZIP codes, names and the characters around them.
/// </summary>
public sealed class PlaceNameFinderEquivalenceTests
{
    private static readonly RuleDefinition Rule = RuleCatalog.Default.Find("PHI002")!;

    private static readonly string[] Pieces =
    [
        .. new[] { "residenceCues", "originCues", "afterNameCues", "weakCues", "streetCues", "groupWords", "notPlaces", "venueWords" }
            .SelectMany(Rule.GetList),
        "Boston", "Maple Grove", "North Fork", "Pine Creek", "Miner's Gulch", "Harlan Mills", "Linden Street", "Elm St",
        "Oak Road", "IL", "CO", "NY", "Colorado", "New York", "North Carolina", "Canada", "United States", "62704",
        "80997-1234", "12345", "1776", "1920s", "2012", "the", "The", "THE", "he", "she", "his", "her", "I", "i", "my",
        "patient", "patient's", "we", "people", "Ruth A.", "Tom R.", "Sarah Kim", "A.", "Dr.", "St.", "Mr", "of", "in",
        "In", "IN", "From", "Lives In", "LIVES IN", "Grew Up In", "at home", "home", "outside", "lives inside",
        "\u00C9lodie", "\u00C9", "\u0416\u0443\u043A\u043E\u0432", "\u01C5ubrovnik", "\u0130zmir", "\u212Aansas",
        "\u212A", "stra\u00DFe", "M\u00FCnchen", "\u00FCber", "\u2019", "\u201D", "\u2014", "x", "9", "_", "#",
    ];

    private static readonly string[] Glue =
    [
        " ", " ", " ", " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0", ", ", ". ", "! ", "? ", ": ", "; ",
        "-", " - ", "", "'", "(", ")", "*", "_", " the ", " The ", "\u2014", ".\n",
    ];

    private static readonly PlaceNameFinder Finder = new(Rule);

    private static readonly LegacyPlaceNameFinder Legacy = new(Rule);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Finds_what_the_whole_text_cue_search_found_on_random_texts(int seed)
    {
        var random = new Random(seed);
        var withPlaces = 0;
        var text = new StringBuilder();
        for (var round = 0; round < 2500; round++)
        {
            text.Clear();
            var tokens = random.Next(0, 40);
            for (var t = 0; t < tokens; t++)
            {
                var piece = ScannerInputs.Pick(random, Pieces);
                text.Append(random.Next(4) switch
                {
                    0 => piece.ToUpperInvariant(),
                    1 when piece.Length > 0 => char.ToUpperInvariant(piece[0]) + piece[1..],
                    _ => piece,
                });
                text.Append(ScannerInputs.Pick(random, Glue));
            }

            ScannerInputs.ApplyRandomEdits(random, text, random.Next(-6, 3), Glue);
            withPlaces += AssertSame(text.ToString()) > 0 ? 1 : 0;
        }

        Assert.True(withPlaces > 100, "too few texts with places to compare: " + withPlaces);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Finds_what_the_whole_text_cue_search_found_on_random_signature_lines(int seed)
    {
        string[] leads = ["", "", "\u2014 ", "- ", "~", "*", "\"", "  ", "\u201D"];
        string[] names = ["Tom", "Sarah", "Kim", "R.", "A.", "Reinholt", "O'Neil", "Mary-Jo", "\u00C9lodie", "March", "The", "tom", "TOM", "X"];
        string[] commas = [", ", ", ", ",", " , ", ",  ", ", the "];
        string[] places = ["Eastbrook", "Maple Grove", "North Fork, IL", "Aspen Flats, CO 80997", "Colorado", "Pine Creek Center", "Miner's Gulch", "maple grove", "Boston Ruth A."];
        string[] tails = ["", "", ".", "*", " ", "_", "!", " and more"];
        var random = new Random(seed);
        var withPlaces = 0;
        var text = new StringBuilder();
        for (var round = 0; round < 1500; round++)
        {
            text.Clear();
            for (var line = random.Next(1, 5); line > 0; line--)
            {
                text.Append(ScannerInputs.Pick(random, leads));
                for (var name = random.Next(1, 5); name > 0; name--)
                {
                    text.Append(ScannerInputs.Pick(random, names)).Append(name > 1 ? " " : string.Empty);
                }

                text.Append(ScannerInputs.Pick(random, commas)).Append(ScannerInputs.Pick(random, places)).Append(ScannerInputs.Pick(random, tails));
                text.Append(random.Next(3) == 0 ? "\n\n" : "\n");
            }

            ScannerInputs.ApplyRandomEdits(random, text, random.Next(-3, 2), Glue);
            withPlaces += AssertSame(text.ToString()) > 0 ? 1 : 0;
        }

        Assert.True(withPlaces > 100, "too few texts with places to compare: " + withPlaces);
    }

    [Theory]
    [InlineData("")]
    [InlineData("in Boston")]
    [InlineData("He lives in")]
    [InlineData("He lives in ")]
    [InlineData("He lives in\n")]
    [InlineData("He lives in the")]
    [InlineData("He lives in the ")]
    [InlineData("He lives in the B")]
    [InlineData("He lives in the Bo")]
    [InlineData("He lives in the Pine Creek valley.")]
    [InlineData("He lives\nin\nBoston, IL 62704 with his son.")]
    [InlineData("She lives   in  Maple Grove.")]
    [InlineData("She is at home in Aspen Flats, CO 80997.")]
    [InlineData("He grew up outside of Denver and she was born in Boston.")]
    [InlineData("He moved to the Maple Grove area; his house on Linden Street was sold.")]
    [InlineData("Shared with permission from Ruth A. of North Fork.")]
    [InlineData("people in Denver, and he in Boston")]
    [InlineData("He lives inBoston, xlives in Boston, lives in-Boston, lives in\u00A0Boston.")]
    [InlineData("He lives in \u00C9lodie Falls, she in \u01C5ubrovnik, I in \u0130zmir, my son in \u212Aansas City.")]
    [InlineData("He HOMETOWN IS Boston; he is from the Faceboo\u212A Dalles. His apartment at the Elm Street Tower.")]
    [InlineData("\u2014 Sarah Kim, Maple Grove\n\nTom R., Eastbrook")]
    public void Finds_what_the_whole_text_cue_search_found_on_edge_cases(string text) => AssertSame(text);

    [Fact]
    public void Finds_what_the_whole_text_cue_search_found_on_the_fixture_pages()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..");
        var files = new[] { "tests/Fixtures", "samples" }
            .Select(dir => Path.Combine(root, dir))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            .Where(file => file.EndsWith(".md", StringComparison.Ordinal) || file.EndsWith(".html", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertSame(File.ReadAllText(file));
        }
    }

    /// <summary>Asserts that both finders add the same places to a list that already holds one; returns how many.</summary>
    private static int AssertSame(string text)
    {
        var expected = new List<(int Start, int End, Confidence Confidence)> { (0, 0, Confidence.Low) };
        var actual = new List<(int Start, int End, Confidence Confidence)> { (0, 0, Confidence.Low) };
        Legacy.Find(text, expected);
        Finder.Find(text, actual);
        Assert.True(expected.SequenceEqual(actual), "differs for: " + ScannerInputs.Escape(text));
        return expected.Count - 1;
    }
}
