using ContentLint.Core.Model;
using ContentLint.Core.Parsing.Code;

namespace ContentLint.Core.Tests.Parsing.Code;

public sealed class JsxTests
{
    [Theory]
    [InlineData("export default function A() {\n  return <p>\"Dr. X fixed my back\" — «Maren Tove»</p>;\n}", "Maren Tove", "p")]
    [InlineData("const a = (\n  <div>\n    <p>Thanks to «Maren Tove»</p>\n  </div>\n);", "Maren Tove", "p")]
    [InlineData("const a = <>Hello «Maren Tove»</>;", "Maren Tove", null)]
    [InlineData("const a = cond && <span>«Maren Tove»</span>;", "Maren Tove", "span")]
    [InlineData("const a = <Foo.Bar>«Maren Tove»</Foo.Bar>;", "Maren Tove", "Foo.Bar")]
    [InlineData("const a = <p>Tom &amp; «Maren Tove»</p>;", "Maren Tove", "p")]
    [InlineData("const a = <ul>{items.map(i => <li key={i}>«Maren Tove»</li>)}</ul>;", "Maren Tove", "li")]
    public void Jsx_text_is_html_text_at_its_source_position(string marked, string shown, string? element)
    {
        var snippet = CodeSnippet.Plant(marked);
        var (segments, _) = snippet.ReadScript();

        Assert.Equal(element, snippet.AssertPlanted(segments, RegionKind.HtmlText, shown).Name);
    }

    [Fact]
    public void Jsx_text_decodes_entities_and_collapses_line_breaks()
    {
        const string source = "const a = <p>\n  Maren&nbsp;Tove &amp;\n  Quillon <b>Abernathy</b>\n</p>;";
        var (segments, _) = CodeSnippet.Read(source);

        var segment = Assert.Single(segments);
        Assert.Equal("Maren Tove & Quillon Abernathy", segment.Text);
        var abernathy = segment.Text.IndexOf("Abernathy", StringComparison.Ordinal);
        Assert.Equal(source.IndexOf("Abernathy", StringComparison.Ordinal), segment.ToSource(abernathy, 9).Start);
        var amp = segment.Text.IndexOf('&', StringComparison.Ordinal);
        Assert.Equal((source.IndexOf("&amp;", StringComparison.Ordinal), source.IndexOf("&amp;", StringComparison.Ordinal) + 5), segment.ToSource(amp, 1));
    }

    [Fact]
    public void Block_elements_and_expressions_split_text_runs()
    {
        const string source = "const a = <div><p>Maren Tove</p><p>Quillon {x} Abernathy</p></div>;";
        var (segments, _) = CodeSnippet.Read(source);

        Assert.Equal(["Maren Tove", "Quillon", "Abernathy"], segments.Select(s => s.Text));
    }

    [Fact]
    public void A_jsx_space_expression_does_not_split_a_run()
    {
        const string source = "const a = <p>Dr. Maren{\" \"}<b>Tove</b>{' '}said</p>;";
        var (segments, _) = CodeSnippet.Read(source);

        var segment = Assert.Single(segments);
        Assert.Equal("Dr. Maren Tove said", segment.Text);
        Assert.Equal(source.IndexOf("said", StringComparison.Ordinal), segment.ToSource(segment.Text.IndexOf("said", StringComparison.Ordinal), 4).Start);
    }

    [Theory]
    [InlineData("const a = <img alt=\"«Photo of Maren Tove»\" src=\"x.jpg\" />;", RegionKind.ImageAlt, "alt")]
    [InlineData("const a = <img alt='x' src='«/img/maren-tove.jpg»' />;", RegionKind.ImageSource, "src")]
    [InlineData("const a = <a href=\"«/patients/maren-tove»\">x</a>;", RegionKind.LinkUrl, "href")]
    [InlineData("const a = <Link to=\"«/patients/maren-tove»\">x</Link>;", RegionKind.LinkUrl, "to")]
    [InlineData("const a = <div title=\"«Maren Tove»\" />;", RegionKind.Title, "title")]
    [InlineData("const a = <input placeholder='«Maren Tove»' />;", RegionKind.Attribute, "placeholder")]
    [InlineData("const a = <Testimonial name=\"«Maren Tove»\" quote=\"Great\" />;", RegionKind.DataValue, "name")]
    [InlineData("const a = <Testimonial quote={\"«Maren Tove» helped\"} />;", RegionKind.DataValue, "quote")]
    [InlineData("const a = <Testimonial quote={`«Maren Tove» helped`} />;", RegionKind.DataValue, "quote")]
    [InlineData("const a = <Testimonial city=\"«Austin &amp; Round Rock»\" />;", RegionKind.DataValue, "city")]
    [InlineData("const a = <div dangerouslySetInnerHTML={{ __html: \"«Maren Tove»\" }} />;", RegionKind.DataValue, "dangerouslySetInnerHTML.__html")]
    public void Jsx_attributes_are_classified_like_html_and_component_props_are_data_values(string marked, RegionKind kind, string name)
    {
        var snippet = CodeSnippet.Plant(marked);
        var (segments, _) = snippet.ReadScript();
        var shown = System.Net.WebUtility.HtmlDecode(snippet.Source[snippet.Start..snippet.End]);

        Assert.Equal(name, snippet.AssertPlanted(segments, kind, shown).Name);
    }

    [Theory]
    [InlineData("const a = <div className=\"maren\" id=\"maren\" role=\"maren\" />;")]
    [InlineData("const a = <Card className=\"maren\" variant=\"maren\" size=\"maren\" />;")]
    [InlineData("const a = <div style={{ fontFamily: \"maren\" }} />;")]
    [InlineData("const a = <div className={cn(\"maren\", x && \"tove\")} />;")]
    [InlineData("const a = <div data-x=\"1\" name=\"maren\" />;")]
    [InlineData("const a = <button onClick={() => track(\"maren\")}>x</button>;")]
    public void Never_content_attributes_are_skipped(string source)
    {
        var (segments, _) = CodeSnippet.Read(source);

        Assert.DoesNotContain(segments, s => s.Text.Contains("maren", StringComparison.Ordinal));
    }

    [Fact]
    public void Typescript_angle_brackets_are_not_jsx()
    {
        const string source = "const a = <Review>x; const n: Array<string> = [];\nif (a < b) { const q = \"Maren Tove\"; }";
        var (segments, _) = CodeSnippet.Read(source, ScriptDialect.TypeScript);

        var segment = Assert.Single(segments);
        Assert.Equal(("Maren Tove", "q"), (segment.Text, segment.Name));
    }

    [Fact]
    public void Less_than_after_a_value_is_a_comparison_in_jsx_files()
    {
        const string source = "const ok = a < b && c > d; const q = \"Maren Tove\";";
        var (segments, _) = CodeSnippet.Read(source);

        Assert.Equal(("Maren Tove", "q"), (Assert.Single(segments).Text, segments[0].Name));
    }

    [Fact]
    public void Tsx_generic_arrow_is_not_an_element()
    {
        const string source = "const id = <T,>(x: T) => x;\nconst q = \"Maren Tove\";";
        var (segments, _) = CodeSnippet.Read(source, ScriptDialect.TypeScriptJsx);

        Assert.Equal(("Maren Tove", "q"), (Assert.Single(segments).Text, segments[0].Name));
    }

    [Fact]
    public void Jsx_comment_directive_is_a_comment_segment()
    {
        const string source = "const a = <div>\n  {/* contentlint-disable-next-line PHI001 */}\n  <p>Maren Tove</p>\n</div>;";
        var (segments, _) = CodeSnippet.Read(source);

        var comment = Assert.Single(segments, s => s.Kind == RegionKind.Comment);
        Assert.Equal(" contentlint-disable-next-line PHI001 ", comment.Text);
        Assert.Equal(source.IndexOf(" contentlint", StringComparison.Ordinal), comment.ToSource(0, 1).Start);
        Assert.Single(segments, s => s.Kind == RegionKind.HtmlText && s.Text == "Maren Tove");
    }
}
