using ContentLint.Core.Model;
using ContentLint.Core.Parsing;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>
/// Front matter a site generator accepts but YamlDotNet refuses (docs/page-profile.md, "Front matter"): read line by
/// line, with no CL1002 unless a consent block is lost. Names are invented.
/// </summary>
public sealed class LenientFrontMatterTests
{
    // A quoted value whose later lines are not indented under its key: Hugo reads it, YamlDotNet does not.
    private const string Header = "---\ntitle: About us\nlayout: staff\nintro:\n  heading: Our story\n  text: \"Founded by Dr. Ines Vogt.\n\n  She trained in Port Ellis.\"\n---\n# About\n";

    [Fact]
    public void A_header_the_generator_accepts_is_read_without_a_problem()
    {
        var document = DocumentParser.Parse(new SourceFile("content/about.md", Header));

        Assert.Empty(document.Problems);
        Assert.NotNull(document.FrontMatter);
        Assert.Equal("About us", ((YamlDotNet.RepresentationModel.YamlScalarNode)document.FrontMatter!.Root.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("title")]).Value);
        var line = Assert.Single(document.Segments, s => s.Kind == RegionKind.FrontMatterValue && s.Text.StartsWith("She trained", StringComparison.Ordinal));
        Assert.Equal("intro.text", line.Name);
        Assert.Equal(Header.IndexOf("She trained", StringComparison.Ordinal), line.ToSource(0, 1).Start);
    }

    [Fact]
    public void A_consent_block_in_such_a_header_is_reported_as_unread()
    {
        var text = Header.Replace("layout: staff\n", "consent:\n  status: granted\n", StringComparison.Ordinal);

        var document = DocumentParser.Parse(new SourceFile("content/story.md", text));

        var problem = Assert.Single(document.Problems);
        Assert.Contains("without its consent block", problem.Message, StringComparison.Ordinal);
        Assert.False(document.FrontMatter!.Root.Children.ContainsKey(new YamlDotNet.RepresentationModel.YamlScalarNode("consent")));
    }

    [Fact]
    public void A_header_no_line_of_which_is_a_key_stays_malformed()
    {
        var document = DocumentParser.Parse(new SourceFile("content/x.md", "---\n[unclosed\n---\nBody.\n"));

        Assert.Contains(document.Problems, p => p.Message.StartsWith("malformed YAML front matter", StringComparison.Ordinal));
    }
}
