using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using ContentLint.Core.Web;

namespace ContentLint.Core.Tests.Web;

public sealed class MarkupScannerTests
{
    private static PageMarkup Scan(string text, string path = "page.md") => MarkupScanner.Scan(DocumentParser.Parse(new SourceFile(path, text)));

    [Fact]
    public void Tags_keep_their_source_ranges_and_decoded_attribute_values()
    {
        const string text = "<p>Hi</p>\n<img alt=\"a > b\" src='/x.png?a=1&amp;b=2'>";

        var markup = Scan(text, "page.html");

        Assert.Equal(["p", "/p", "img"], markup.Tags.Select(t => (t.IsEnd ? "/" : string.Empty) + t.Name));
        var img = markup.Tags[2];
        Assert.Equal((10, text.Length), (img.Start, img.End));
        var src = img.Attribute("src")!;
        Assert.Equal("/x.png?a=1&b=2", src.Value);
        Assert.Equal("/x.png?a=1&amp;b=2", text[src.ValueStart..src.ValueEnd]);
        Assert.Equal("a > b", img.Attribute("alt")!.Value);
    }

    [Fact]
    public void Script_bodies_are_raw_text_not_tags()
    {
        const string text = "<script>if (a<b) { x = '<img src=y>'; }</script><div id=\"after\"></div>";

        var markup = Scan(text, "page.html");

        Assert.Equal(["script", "/script", "div", "/div"], markup.Tags.Select(t => (t.IsEnd ? "/" : string.Empty) + t.Name));
        Assert.Equal(new RawTextBody("script", 8, text.IndexOf("</script>", StringComparison.Ordinal)), markup.Bodies.Single());
        Assert.True(markup.IsInCode(12));
        Assert.False(markup.IsInCode(60));
    }

    [Fact]
    public void Comments_front_matter_and_markdown_code_are_not_markup()
    {
        var text = string.Join('\n',
            "---",
            "note: \"<form action=x>\"",
            "---",
            "<!-- <script src=\"https://a.example/x.js\"></script> -->",
            "Inline `<iframe src=\"y\">` code.",
            "",
            "```html",
            "<form action=\"https://b.example\"></form>",
            "```",
            "",
            "<div class=\"real\"></div>",
            "");

        var markup = Scan(text);

        Assert.Equal(["div", "div"], markup.Tags.Select(t => t.Name));
        Assert.True(markup.IsExcluded(text.IndexOf("<!--", StringComparison.Ordinal) + 5));
        Assert.True(markup.IsExcluded(text.IndexOf("<iframe", StringComparison.Ordinal)));
        Assert.True(markup.IsExcluded(text.IndexOf("<form action=\"https", StringComparison.Ordinal)));
        Assert.False(markup.IsExcluded(text.IndexOf("<div", StringComparison.Ordinal)));
    }

    [Fact]
    public void Unterminated_tags_quotes_and_comments_end_at_the_end_of_the_text()
    {
        Assert.Single(Scan("<a href=\"never closed", "page.html").Tags);
        Assert.Empty(Scan("<!-- <script src=x>", "page.html").Tags);
        Assert.Equal(["script"], Scan("<script>var a = '<b>';", "page.html").Tags.Select(t => t.Name));
    }

    [Fact]
    public void A_hostile_page_of_open_angles_and_quotes_is_read_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("<a x=\"<b y='", 50_000)) + string.Concat(Enumerable.Repeat("<p ", 50_000));

        var markup = Scan(text, "page.html");

        Assert.InRange(markup.Tags.Count, 1, 100_000);
    }
}
