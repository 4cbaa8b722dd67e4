using ContentLint.Core.Parsing;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>Front matter read in place parses exactly as the copied-out string did.</summary>
public sealed class StringSliceReaderTests
{
    [Fact]
    public void Reads_only_its_slice()
    {
        var reader = new StringSliceReader("xxabcdeyy", 2, 7);
        Assert.Equal('a', reader.Peek());
        Assert.Equal('a', reader.Read());
        var buffer = new char[3];
        Assert.Equal(3, reader.Read(buffer, 0, 3));
        Assert.Equal("bcd", new string(buffer));
        Assert.Equal("e", reader.ReadToEnd());
        Assert.Equal(-1, reader.Read());
        Assert.Equal(-1, reader.Peek());
    }

    [Theory]
    [InlineData("title: Ann\nauthor: \"Bob \\t Lee\"\ntags:\n  - a\n  - b\n")]
    [InlineData("summary: |\n  line one\n  line two\nx: 'it''s'\n")]
    [InlineData("a: &x [1, 2]\nb: *x\n")]
    [InlineData("")]
    public void Yaml_positions_are_those_of_the_copied_string(string yaml)
    {
        const string Before = "---\r\n";
        var page = Before + yaml + "---\nBody";
        var copied = new YamlStream();
        copied.Load(new StringReader(yaml));
        var inPlace = new YamlStream();
        inPlace.Load(new StringSliceReader(page, Before.Length, Before.Length + yaml.Length));
        Assert.Equal(Describe(copied), Describe(inPlace));
    }

    private static List<string> Describe(YamlStream stream)
    {
        var lines = new List<string>();
        foreach (var document in stream.Documents)
        {
            foreach (var node in document.AllNodes)
            {
                lines.Add($"{node.NodeType} {node.Start.Index}-{node.End.Index} {(node as YamlScalarNode)?.Value}");
            }
        }

        return lines;
    }
}
