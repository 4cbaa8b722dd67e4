using ContentLint.Core.Model;
using ContentLint.Core.Parsing;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>
/// The text of one HTML block, through inline elements and comments, is one segment that reads as the page does,
/// and each of its characters maps back to the character it came from.
/// </summary>
public sealed class HtmlInlineTextTests
{
    [Theory]
    [InlineData("<p>Jane <b>Doe</b> had knee surgery</p>", "Jane Doe had knee surgery")]
    [InlineData("<p><b>Jane</b><i>Doe</i></p>", "JaneDoe")]
    [InlineData("<p><b>Jane</b> <i>Doe</i></p>", "Jane Doe")]
    [InlineData("<p>555-12<wbr>-3456</p>", "555-12-3456")]
    [InlineData("<p>SSN 555-12-<!-- x -->3456</p>", "SSN 555-12-3456")]
    [InlineData("<p>Tom &amp; <em>Jerry</em></p>", "Tom & Jerry")]
    [InlineData("<p>\n  Call <a href=\"/c\">us</a>\n</p>", "\n  Call us\n")]
    public void Text_of_a_block_is_one_segment_as_the_page_reads(string source, string text)
    {
        var document = DocumentParser.Parse(new SourceFile("a.html", source));

        var segment = Assert.Single(document.Segments, s => s.Kind is RegionKind.HtmlText);
        Assert.Equal(text, segment.Text);
    }

    [Theory]
    [InlineData("<p>Jane <b>Doe</b> had knee <span class=\"x\">surgery</span> &amp; <!-- c --> rest</p>")]
    [InlineData("<div>\r\n  <p>Line one\r\n  line <i>two</i></p>\r\n</div>")]
    public void Every_character_maps_back_to_the_character_it_came_from(string source)
    {
        var document = DocumentParser.Parse(new SourceFile("a.html", source));

        foreach (var segment in document.Segments.Where(s => s.Kind == RegionKind.HtmlText))
        {
            for (var i = 0; i < segment.Text.Length; i++)
            {
                var (start, end) = segment.ToSource(i, 1);
                var raw = source[start..end];
                var expected = segment.Text[i] switch
                {
                    '&' => "&amp;",
                    '\n' when raw == "\r\n" => raw,
                    var c => c.ToString(),
                };
                Assert.Equal(expected, raw);
            }
        }
    }

    [Theory]
    [InlineData("<p>555-12</p><p>-3456</p>", new[] { "555-12", "-3456" })]
    [InlineData("<table><tr><td>555-12</td><td>-3456</td></tr></table>", new[] { "555-12", "-3456" })]
    [InlineData("<div>one<div>two</div>three</div>", new[] { "one", "two", "three" })]
    [InlineData("<ul><li>one<li>two</ul>", new[] { "one", "two" })]
    [InlineData("<p>one<img src=a.jpg>two</p>", new[] { "one", "two" })]
    [InlineData("<p>one<button>two</button>three</p>", new[] { "one", "two", "three" })]
    [InlineData("<p>Jane<br>Doe</p>", new[] { "Jane", "Doe" })]
    [InlineData("<p>Jane<br/>Doe</p>", new[] { "Jane", "Doe" })]
    [InlineData("<p>one<svg><text>two</text><text>three</text></svg>four</p>", new[] { "one", "two", "three", "four" })]
    public void Block_boundaries_separate_segments(string source, string[] texts)
    {
        var document = DocumentParser.Parse(new SourceFile("a.html", source));

        var shown = document.Segments
            .Where(s => s.Kind is RegionKind.HtmlText or RegionKind.TableCell)
            .Select(s => s.Text)
            .ToArray();
        Assert.Equal(texts, shown);
    }

    [Theory]
    [InlineData("<p><a href=\"/x\">Link words</a></p>", RegionKind.LinkText)]
    [InlineData("<p>\n  <a href=\"/x\">Link</a> <a href=\"/y\">words</a>\n</p>", RegionKind.LinkText)]
    [InlineData("<p>See <a href=\"/x\">Dr. Lee</a> today</p>", RegionKind.HtmlText)]
    [InlineData("<h2>Story of <a href=\"/x\">Ann</a></h2>", RegionKind.Heading)]
    [InlineData("<table><tr><td>Call <b>Ann</b></td></tr></table>", RegionKind.TableCell)]
    public void A_joined_segment_keeps_the_kind_of_its_block(string source, RegionKind kind)
    {
        var document = DocumentParser.Parse(new SourceFile("a.html", source));

        var segment = Assert.Single(document.Segments, s => s.Kind is RegionKind.HtmlText or RegionKind.LinkText or RegionKind.Heading or RegionKind.TableCell);
        Assert.Equal(kind, segment.Kind);
    }

    [Fact]
    public void Comments_script_style_and_title_keep_their_own_segments_and_the_text_around_them_joins()
    {
        const string Source = "<title>Ann's page</title><p>Ann <!-- note --> Lee<script>var a = 1;</script> and <style>p{}</style>more</p>";

        var document = DocumentParser.Parse(new SourceFile("a.html", Source));

        Assert.Equal(
            new (RegionKind, string?, string)[]
            {
                (RegionKind.HtmlText, "title", "Ann's page"),
                (RegionKind.Comment, null, " note "),
                (RegionKind.Script, "script", "var a = 1;"),
                (RegionKind.Style, "style", "p{}"),
                (RegionKind.HtmlText, "p", "Ann  Lee and more"),
            },
            document.Segments.Select(s => (s.Kind, s.Name, s.Text)).ToArray());
    }
}
