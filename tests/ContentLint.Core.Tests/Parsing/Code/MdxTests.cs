using ContentLint.Core.Model;
using ContentLint.Core.Parsing;

namespace ContentLint.Core.Tests.Parsing.Code;

/// <summary>
/// MDX pages (docs/data-and-code.md, "MDX"): Markdown plus top-level import/export JavaScript, JSX expressions and
/// components, each value mapped back to its source. Names are invented.
/// </summary>
public sealed class MdxTests
{
    private static ContentDocument Parse(string source) => DocumentParser.Parse(new SourceFile("src/pages/index.mdx", source));

    [Theory]
    [InlineData("export const reviews = [{ name: \"«Maren Tove»\", quote: \"Kind.\" }];\n\n# Hi\n", RegionKind.DataValue, "reviews[0].name")]
    [InlineData("import T from './T'\n\n<T name=\"«Maren Tove»\" quote=\"Kind.\" />\n", RegionKind.DataValue, "name")]
    [InlineData("# Hi\n\nThanks to «Maren Tove» {props.count}.\n", RegionKind.Prose, null)]
    [InlineData("---\ntitle: Hi\n---\nimport T from './T'\n\nWe thank {\"«Maren Tove»\"} here.\n", RegionKind.DataValue, null)]
    [InlineData("<figure>\n  <img src=\"a.jpg\" alt=\"«Maren Tove» smiling\" />\n</figure>\n", RegionKind.ImageAlt, "alt")]
    public void Mdx_values_map_to_their_source(string marked, RegionKind kind, string? name)
    {
        var snippet = CodeSnippet.Plant(marked);
        var document = Parse(snippet.Source);

        Assert.Equal(name, snippet.AssertPlanted(document.Segments, kind, "Maren Tove").Name);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void Imports_exports_and_expressions_are_not_prose()
    {
        const string source = "import Maren from '../maren.jsx'\nexport const meta = { slug: 'maren' }\n\n# Title\n\nHours: {hours.maren}.\n";

        var document = Parse(source);

        Assert.DoesNotContain(document.Segments, s => s.Text.Contains("maren", StringComparison.OrdinalIgnoreCase) && s.Kind is RegionKind.Prose or RegionKind.Heading);
        Assert.Contains(document.Segments, s => s.Kind == RegionKind.Prose && s.Text.StartsWith("Hours:", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_fences_and_inline_code_stay_markdown_code()
    {
        const string source = "Use `{Maren}` and `<Card name=\"Maren\" />`.\n\n```jsx\nexport const x = { name: \"Maren Tove\" };\n<Card name=\"Maren Tove\" />\n```\n";

        var document = Parse(source);

        Assert.Empty(document.Records);
        Assert.DoesNotContain(document.Segments, s => s.Kind == RegionKind.DataValue);
        Assert.Contains(document.Segments, s => s.Kind == RegionKind.CodeBlock && s.Text.Contains("Maren Tove", StringComparison.Ordinal));
        Assert.Equal(2, document.Segments.Count(s => s.Kind == RegionKind.CodeSpan));
    }

    [Fact]
    public void A_component_with_literal_props_and_an_exported_object_are_records_in_source_order()
    {
        const string source = "export const reviews = [\n  { name: \"Maren Tove\", quote: \"Kind.\" },\n]\n\n<Testimonial name=\"Ines Vogt\" quote=\"Gentle.\" />\n";

        var document = Parse(source);

        Assert.Equal([(27, 65), (70, 118)], document.Records.Select(r => (r.Start, r.End)));
        Assert.Equal(["name", "quote"], document.Records[1].Keys);
    }

    [Fact]
    public void An_unclosed_brace_is_text_and_what_follows_it_is_still_read()
    {
        const string source = "Prices {from the list.\n\nThanks to Maren Tove for the {kind} words.\n";

        var document = Parse(source);

        var prose = Assert.Single(document.Segments, s => s.Kind == RegionKind.Prose && s.Text.Contains("Maren Tove", StringComparison.Ordinal));
        Assert.Equal(source.IndexOf("Maren", StringComparison.Ordinal), prose.ToSource(prose.Text.IndexOf("Maren", StringComparison.Ordinal), 1).Start);
        Assert.DoesNotContain("kind", prose.Text, StringComparison.Ordinal); // a closed expression is code
    }

    [Theory]
    [InlineData("Our fees {see the table below.\n\nThanks to Maren Tove.\n\nType `}` to close a block.\n")]
    [InlineData("We can help you\nexport your records to another office.\nThanks to Maren Tove.\n")]
    public void Prose_that_only_looks_like_javascript_is_still_read(string source)
    {
        var document = Parse(source);

        Assert.Contains(document.Segments, s => s.Kind == RegionKind.Prose && s.Text.Contains("Maren Tove", StringComparison.Ordinal));
    }
}
