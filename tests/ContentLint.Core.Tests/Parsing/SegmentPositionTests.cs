using ContentLint.Core.Model;
using ContentLint.Core.Parsing;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>Every region kind maps a planted value back to its exact line and column in the original file.</summary>
public sealed class SegmentPositionTests
{
    public static TheoryData<string, string, RegionKind, string> Cases => new()
    {
        // file, marked source, kind of the segment the value must be in, the value as the page shows it
        { "a.md", "Call «Gary Pham» today.", RegionKind.Prose, "Gary Pham" },
        { "a.md", "First line.\nSecond with «value» here.", RegionKind.Prose, "value" },
        { "a.md", "First line.\r\nSecond «crlf» line.\r\n", RegionKind.Prose, "crlf" },
        { "a.md", "Old\rMac «cr» line.", RegionKind.Prose, "cr" },
        { "a.md", "# Heading with «Ana Ruiz»\n\nText.", RegionKind.Heading, "Ana Ruiz" },
        { "a.md", "Setext «title»\n======\n", RegionKind.Heading, "title" },
        { "a.md", "- one\n- two «item» here\n  - nested «deep» x\n", RegionKind.Prose, "item" },
        { "a.md", "- one\n  - nested\n    - third «deep» x\n", RegionKind.Prose, "deep" },
        { "a.md", "1. first\n2. second «ordered»\n", RegionKind.Prose, "ordered" },
        { "a.md", "> quoted «words» here\n", RegionKind.Prose, "words" },
        { "a.md", "> line one\n> line «two»\n", RegionKind.Prose, "two" },
        { "a.md", "> outer\n>\n> > inner «nested» quote\n", RegionKind.Prose, "nested" },
        { "a.md", "- item\n\n  > quote in list «qlist»\n", RegionKind.Prose, "qlist" },
        { "a.md", "| a | b |\n|---|---|\n| x |  «cell»  |\n", RegionKind.TableCell, "cell" },
        { "a.md", "| name | phone |\n|---|---|\n| «Jo Li» | 1 |\n", RegionKind.TableCell, "Jo Li" },
        { "a.md", "Tab\tthen «tabbed» text", RegionKind.Prose, "tabbed" },
        { "a.md", "\tindented code «inside»\n", RegionKind.CodeBlock, "inside" },
        { "a.md", "```\nfenced «code» block\n```\n", RegionKind.CodeBlock, "code" },
        { "a.md", "Use `«inline code»` here.", RegionKind.CodeSpan, "inline code" },
        { "a.md", "Ünïcödé text «after» accents", RegionKind.Prose, "after" },
        { "a.md", "Emoji 😀 then «emoji» text", RegionKind.Prose, "emoji" },
        { "a.md", "日本語の «テキスト» です", RegionKind.Prose, "テキスト" },
        { "a.md", "Escaped \\*star\\* then «value»", RegionKind.Prose, "value" },
        { "a.md", "Smith «\\*Jones\\*» escaped", RegionKind.Prose, "*Jones*" },
        { "a.md", "Ben «&amp;» Jerry", RegionKind.Prose, "&" },
        { "a.md", "Tom &amp; «Jerry» entity before", RegionKind.Prose, "Jerry" },
        { "a.md", "Name split «John\nSmith» over lines", RegionKind.Prose, "John\nSmith" },
        { "a.md", "CRLF split «John\r\nSmith» over lines", RegionKind.Prose, "John\nSmith" },
        { "a.md", "A **bold «name»** inside", RegionKind.Prose, "name" },
        { "a.md", "See [the «link text»](https://x.example/a) now", RegionKind.Prose, "link text" },
        { "a.md", "See [text](«https://x.example/p/anna») now", RegionKind.LinkUrl, "https://x.example/p/anna" },
        { "a.md", "See [text](https://x.example \"«Link title»\") now", RegionKind.Title, "Link title" },
        { "a.md", "Auto <«https://auto.example/x»> link", RegionKind.LinkUrl, "https://auto.example/x" },
        { "a.md", "![«Portrait of Ann»](ann.jpg)", RegionKind.ImageAlt, "Portrait of Ann" },
        { "a.md", "![alt](«photos/ann-lee.jpg»)", RegionKind.ImageSource, "photos/ann-lee.jpg" },
        { "a.md", "![alt](a.jpg \"«Ann smiling»\")", RegionKind.Title, "Ann smiling" },
        { "a.md", "[ref]: «https://ref.example/patient»\n\nSee [ref].", RegionKind.LinkUrl, "https://ref.example/patient" },
        { "a.md", "Text <span title=\"«inline attr»\">x</span>.", RegionKind.Title, "inline attr" },
        { "a.md", "Text <!-- «hidden note» --> after.", RegionKind.Comment, "hidden note" },
        { "a.md", "<div>\n<p>Block «html text»</p>\n</div>\n", RegionKind.HtmlText, "html text" },
        { "a.md", "<!--\nmulti-line\ncomment «secret»\n-->\n", RegionKind.Comment, "secret" },
        { "a.md", "---\ntitle: «Ann's story»\n---\nBody.", RegionKind.FrontMatterValue, "Ann's story" },
        { "a.md", "---\r\ntitle: x\r\nauthor: \"«Quoted Name»\"\r\n---\r\nBody.", RegionKind.FrontMatterValue, "Quoted Name" },
        { "a.md", "---\ntags:\n  - one\n  - «two»\n---\n", RegionKind.FrontMatterValue, "two" },
        { "a.md", "---\ntitle: x\n---\n\nAfter front «matter»", RegionKind.Prose, "matter" },
        { "a.md", "---\nsummary: |\n  line one\n  line «two»\n---\n", RegionKind.FrontMatterValue, "two" },
        { "a.html", "<p>Hello «Maria Gomez», welcome</p>", RegionKind.HtmlText, "Maria Gomez" },
        { "a.html", "<p>Line one\r\n  line «two»</p>", RegionKind.HtmlText, "two" },
        { "a.html", "<p>Tom &amp; «Jerry»</p>", RegionKind.HtmlText, "Jerry" },
        { "a.html", "<p>Caf&eacute; «owner»</p>", RegionKind.HtmlText, "owner" },
        { "a.html", "<p>Name «Jos&eacute;» here</p>", RegionKind.HtmlText, "José" },
        { "a.html", "<h2>Story of «Ann»</h2>", RegionKind.Heading, "Ann" },
        { "a.html", "<table><tr><td>«Cell value»</td></tr></table>", RegionKind.TableCell, "Cell value" },
        { "a.html", "<p><a href=\"/x\">«Link words»</a></p>", RegionKind.LinkText, "Link words" },
        { "a.html", "<a href=\"«mailto:ann@mail.example»\">x</a>", RegionKind.LinkUrl, "mailto:ann@mail.example" },
        { "a.html", "<img src=\"a.jpg\" alt=\"«Photo of Ann»\">", RegionKind.ImageAlt, "Photo of Ann" },
        { "a.html", "<img alt='single' src='«img/ann.jpg»'>", RegionKind.ImageSource, "img/ann.jpg" },
        { "a.html", "<img alt=«unquoted» src=x.png>", RegionKind.ImageAlt, "unquoted" },
        { "a.html", "<input placeholder=\"«Jane Doe»\">", RegionKind.Attribute, "Jane Doe" },
        { "a.html", "<button aria-label=\"«Call Ann»\">x</button>", RegionKind.Attribute, "Call Ann" },
        { "a.html", "<input value=\"«prefilled»\">", RegionKind.Attribute, "prefilled" },
        { "a.html", "<meta name=\"description\" content=\"«Ann's recovery»\">", RegionKind.MetaContent, "Ann's recovery" },
        { "a.html", "<meta property=\"og:title\" content=\"«OG title»\">", RegionKind.MetaContent, "OG title" },
        { "a.html", "<p>x</p>\n<!-- QA: «Gary Pham» -->", RegionKind.Comment, "Gary Pham" },
        { "a.html", "<div\n  title=\"«multi line tag»\">x</div>", RegionKind.Title, "multi line tag" },
        { "a.html", "<script>var a = '«in script»';</script>", RegionKind.Script, "in script" },
        { "a.html", "<script>if (a<b) { x('«after lt»'); }</script>", RegionKind.Script, "after lt" },
        { "a.html", "<style>.a { content: '«css»'; }</style>", RegionKind.Style, "css" },
        { "a.html", "<button onclick=\"«track()»\">x</button>", RegionKind.Script, "track()" },
        { "a.html", "---\nlayout: page\ntitle: «HTML front matter»\n---\n<p>x</p>", RegionKind.FrontMatterValue, "HTML front matter" },
        { "a.html", "---\ntitle: x\n---\n<p>after «fm»</p>", RegionKind.HtmlText, "fm" },
        { "a.html", "<p>\tTabbed «value»</p>", RegionKind.HtmlText, "value" },
        { "a.html", "<p>😀 «after emoji»</p>", RegionKind.HtmlText, "after emoji" },
        { "a.html", "<p>A &amp B «555-201-3300»</p>", RegionKind.HtmlText, "555-201-3300" },
        { "a.html", "<p>&bigstar; then «value»</p>", RegionKind.HtmlText, "value" },
        { "a.html", "<img alt=\"«kim&#64mail.example»\">", RegionKind.ImageAlt, "kim@mail.example" },
        { "a.md", "- x\n\n\t\tcode «555-201-3300»\n", RegionKind.CodeBlock, "555-201-3300" },
        { "a.md", "---\ntitle: 'It''s «Ann»'\n---\n", RegionKind.FrontMatterValue, "Ann" },
        { "a.md", "Before «![Ann smiling](ann.jpg \"t\")» after", RegionKind.Image, "![Ann smiling](ann.jpg \"t\")" },
        { "a.md", "- x\r\n- «![Ann](a.jpg)»\r\n", RegionKind.Image, "![Ann](a.jpg)" },
        { "a.html", "<p>Hi «<img src=\"a.jpg\" alt=\"Ann\">» there</p>", RegionKind.Image, "<img src=\"a.jpg\" alt=\"Ann\">" },
        { "a.html", "<div>\r\n\t«<img\r\n\t  src=a.jpg alt='Ann' />»</div>", RegionKind.Image, "<img\r\n\t  src=a.jpg alt='Ann' />" },
        { "a.md", "Inline «<img src=\"a.jpg\" alt=\"Ann\">» html", RegionKind.Image, "<img src=\"a.jpg\" alt=\"Ann\">" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Planted_value_maps_to_its_exact_source_position(string path, string marked, RegionKind kind, string shown)
    {
        var planted = PlantedValue.Parse(marked);
        var document = DocumentParser.Parse(new SourceFile(path, planted.Source));

        var segment = document.Segments.FirstOrDefault(s => s.Kind == kind && s.Text.Contains(shown, StringComparison.Ordinal));
        Assert.True(segment is not null, $"no {kind} segment shows the value; segments: {string.Join(" | ", document.Segments.Select(s => $"{s.Kind}:{s.Text}"))}");
        var index = segment.Text.IndexOf(shown, StringComparison.Ordinal);
        var (start, end) = segment.ToSource(index, shown.Length);
        var range = document.Lines.GetRange(start, end);

        Assert.Equal((planted.StartLine, planted.StartColumn, planted.EndLine, planted.EndColumn),
            (range.StartLine, range.StartColumn, range.EndLine, range.EndColumn));
    }

    [Theory]
    [InlineData("a.md", "«Ann Lee» opens the file\nsecond line")]
    [InlineData("a.md", "---\ntitle: «Ann Lee»\n---\n")]
    [InlineData("a.html", "<p>«Ann Lee»</p>")]
    public void Byte_order_mark_does_not_shift_columns(string path, string marked)
    {
        var planted = PlantedValue.Parse(marked);
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(planted.Source)).ToArray();
        var read = ContentLint.Core.Sources.SourceFileReader.Decode(bytes, path);
        Assert.True(read.Succeeded);
        var document = DocumentParser.Parse(read.File);

        var segment = Assert.Single(document.Segments, s => s.Text.Contains("Ann Lee", StringComparison.Ordinal));
        var (start, end) = segment.ToSource(segment.Text.IndexOf("Ann Lee", StringComparison.Ordinal), "Ann Lee".Length);

        Assert.True(read.File.HadByteOrderMark);
        Assert.Equal(new SourceRange(planted.StartLine, planted.StartColumn, planted.EndLine, planted.EndColumn), document.Lines.GetRange(start, end));
    }
}
