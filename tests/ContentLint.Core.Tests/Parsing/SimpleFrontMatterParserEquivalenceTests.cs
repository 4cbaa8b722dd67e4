using System.Globalization;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using Xunit.Abstractions;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>
/// Whenever the simple parser takes a front matter body, its events, the node tree built from them and everything
/// FrontMatterReader makes of it are exactly those of YamlDotNet's own parser.
/// </summary>
public sealed class SimpleFrontMatterParserEquivalenceTests(ITestOutputHelper output)
{
    private const string Before = "---\n";
    private const string After = "---\nBody text.\n";

    private const string CommonShape =
        "title: \"Five exercises for a hip replacement\"\n" +
        "date: 2023-03-29\n" +
        "author: \"Carla Mendes, PTA\"\n" +
        "tags: [plantar-fasciitis, gardening]\n" +
        "layout: testimonial\n" +
        "consent:\n" +
        "  status: granted\n" +
        "  form_id: \"LPT-AUTH-2636\"\n" +
        "  signed: 2023-03-29\n" +
        "  scope: [name, photo, condition, testimonial]\n" +
        "  approved_by: \"Priya Raman\"\n";

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.3)]
    [InlineData(3, 1.0)]
    [InlineData(4, 2.0)]
    public void Random_bodies_give_the_events_and_nodes_of_YamlDotNet_whenever_taken(int seed, double oddness)
    {
        var bodies = new FrontMatterBodies(seed);
        var taken = 0;
        const int Count = 3000;
        for (var i = 0; i < Count; i++)
        {
            if (AssertSameAsYamlDotNet(bodies.Next(oddness)))
            {
                taken++;
            }
        }

        output.WriteLine($"seed {seed}, oddness {oddness}: {taken} of {Count} bodies taken by the simple parser");

        // The fast path must really be taken for plain input, and near misses must really be handed back.
        if (oddness == 0)
        {
            Assert.True(taken > Count * 9 / 10, $"only {taken} of {Count} plain bodies taken");
        }
        else
        {
            Assert.InRange(taken, Count / 20, Count - (Count / 20));
        }
    }

    [Fact]
    public void The_common_page_shape_is_taken()
    {
        Assert.True(AssertSameAsYamlDotNet(CommonShape));
        Assert.True(AssertSameAsYamlDotNet(CommonShape.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("# only a comment")]
    [InlineData("a: b")]
    [InlineData("a: b   ")]
    [InlineData("a: b\n   ")]
    [InlineData("a: b\n\n# c\n\n")]
    [InlineData("a:\n- x\n- \"y\"\nb: 1\n")]
    [InlineData("a:\n  - x\n  -  y\n")]
    [InlineData("a:\n  - x\nb:\n- y")]
    [InlineData("a:\n  b:\n  - x\nc: 1\n")]
    [InlineData("a:\n  b:\n    c:\nd:\n")]
    [InlineData("a:\n  b: 1\n  c:\n    - x\n    - y\n  d: [e]\nf: g\n")]
    [InlineData("a:   \n  # c\n  b: c")]
    [InlineData("a: # c\nb: c\n")]
    [InlineData("a:\n# c\n  b: c\n")]
    [InlineData("a: b # c\nd: [x , \"y\" ]  # z\n")]
    [InlineData("a: b\n   # c\nd: e")]
    [InlineData("a: [ ]\nb: x:,y\nc: \"q\" ")]
    [InlineData("a: []\nb: ''\nc: \"\"\n")]
    [InlineData("a: 'it'\r\nb: c\r\n")]
    [InlineData("a: Zoë\nb: \"東京\"\nc: [İstanbul, 'ÆØÅ']\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a:\n  b: 1\n  b: 2\n")]
    [InlineData("a: x  y   z\n")]
    [InlineData("a: ~\nb: null\nc: true\nd: 2023-03-29\n")]
    public void Hand_written_edge_cases_match(string body) => AssertSameAsYamlDotNet(body);

    [Fact]
    public void Long_values_and_unusual_letters_match()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 600));
        string[] bodies =
        [
            $"a: {words}\n", $"a: \"{words}\"\nb: c\n", $"a: [{string.Join(", ", Enumerable.Repeat("item", 500))}]\n", $"a:\n- {words}\n",
            $"a: {new string('x', 5000)}\n", "a: x\u00a0\nb: \u00a0x\n", "a: x\u3000y\u3000\n", "a: \ue000x\n", "a: ｆｕｌｌ\n",
            "a: e\u0301\n", "a: \u0301e\n", "a: ß\nb: Σ\n", "a: 1.0e+3\n", "a: 0x1F\n", "a: .inf\n", "a: x\u00ad\n",
        ];
        foreach (var body in bodies)
        {
            AssertSameAsYamlDotNet(body);
        }

        Assert.True(AssertSameAsYamlDotNet($"a: {words}\n"));
    }

    [Theory]
    [InlineData("a: b\n  c\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 'it''s'\n")]
    [InlineData("a: \"x\\ty\"\n")]
    [InlineData("a: |\n  x\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !t x\n")]
    [InlineData("a: {b: c}\n")]
    [InlineData("a: [b, [c]]\n")]
    [InlineData("a: [b,\n  c]\n")]
    [InlineData("a:\tb\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("  a: b\n")]
    [InlineData("- a\n")]
    [InlineData("a: b\r")]
    [InlineData("a: \"x\ny\"\n")]
    [InlineData("a: x\u0085y\n")]
    [InlineData("a: 😀\n")]
    [InlineData("a: -5\n")]
    [InlineData("a:\n  - b: c\n")]
    [InlineData("a:\n  - x\n - y\n")]
    [InlineData("a:\n  b: 1\n c: 2\n")]
    public void Uncertain_input_is_handed_back(string body)
    {
        Assert.Null(SimpleFrontMatterParser.TryParse(Before + body + After, Before.Length, Before.Length + body.Length));
        AssertSameAsYamlDotNet(body);
    }

    /// <summary>Compares everything for one body; returns whether the simple parser took it.</summary>
    private static bool AssertSameAsYamlDotNet(string body)
    {
        var page = Before + body + After;
        var (start, end) = (Before.Length, Before.Length + body.Length);
        var events = SimpleFrontMatterParser.TryParse(page, start, end);
        if (events is not null)
        {
            var expected = YamlEventText.FromYamlDotNet(page, start, end);
            Assert.Equal(expected, events.Select(YamlEventText.Describe).ToList());
            Assert.Equal(
                YamlEventText.Nodes(new YamlDotNet.Core.Parser(new StringSliceReader(page, start, end))),
                YamlEventText.Nodes(new ReplayParser(events)));
        }

        // In a page the closing delimiter starts a line, so the body FrontMatterReader sees ends with a line break.
        var readPage = body.Length == 0 || body.EndsWith('\n') ? page : Before + body + "\n" + After;
        Assert.Equal(Read(readPage, trySimpleParser: false), Read(readPage, trySimpleParser: true));
        return events is not null;
    }

    /// <summary>What FrontMatterReader makes of the page: the front matter's place, segments with their source offsets, problems.</summary>
    private static List<string> Read(string page, bool trySimpleParser)
    {
        var lines = new List<string>();
        var block = FrontMatterReader.Locate(page);
        Assert.NotNull(block);
        var segments = new List<Segment>();
        var problems = new List<ParseProblem>();
        var frontMatter = FrontMatterReader.Read(page, block.Value, segments, problems, trySimpleParser);
        lines.Add(frontMatter is null ? "no front matter" : $"front matter {frontMatter.Start}-{frontMatter.End} {frontMatter.ContentStart} keys={frontMatter.Root.Children.Count}");
        foreach (var segment in segments)
        {
            var offsets = string.Join(',', Enumerable.Range(0, segment.Text.Length + 1).Select(i => segment.Map.ToSource(i, i).Start.ToString(CultureInfo.InvariantCulture)));
            lines.Add($"{segment.Kind} {segment.Name} {segment.Text} {offsets}");
        }

        lines.AddRange(problems.Select(p => $"problem {p.Message} at {p.SourceOffset}"));
        return lines;
    }
}
