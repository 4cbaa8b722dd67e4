using ContentLint.Core.Model;
using ContentLint.Core.Parsing;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>
/// Issue 17, item 8: shapes that cost the parsers super-linear time are sent to the plain-text fallback before any
/// parser sees them, with the same CL1002 note as Markdig's own deep-nesting refusal. Small sizes here (the guards
/// count, they do not time); the full-size files are in Pathological/.
/// </summary>
public sealed class NestingGuardFallbackTests
{
    [Theory]
    [InlineData("deep.html", "<div></x>", 3_000)]
    [InlineData("deep.html", "<div></p>", 3_000)]
    [InlineData("deep.md", "<div>", 3_000)]
    [InlineData("deep.md", "<div>\n", 3_000)]
    [InlineData("deep.md", "[a](", 3_000)]
    [InlineData("deep.md", "![a](", 3_000)]
    [InlineData("deep.md", "[a](b \"", 3_000)]
    [InlineData("deep.md", "[a]: /b\n", 5_000)]
    [InlineData("deep.md", "| [a](b) | *c* |\n", 3_000)]
    [InlineData("deep.md", "*a", 3_000)]
    [InlineData("deep.md", "[^a]", 3_000)]
    [InlineData("deep.md", "^a", 3_000)]
    [InlineData("deep.md", "++a", 3_000)]
    [InlineData("deep.md", "==a", 3_000)]
    [InlineData("deep.html", "<", 60_000)]
    [InlineData("deep.md", "< ", 60_000)]
    [InlineData("deep.md", "|x|y|\n", 40_000)]
    [InlineData("deep.md", "a\n", 110_000)]
    [InlineData("deep.html", "<p>a", 110_000)]
    [InlineData("deep.md", "#*a*a not a heading\n", 3_000)]
    [InlineData("deep.md", "- ", 200)]
    [InlineData("deep.md", "> ", 200)]
    public void A_pathological_shape_is_scanned_as_plain_text_with_a_note(string path, string unit, int repeats)
    {
        var text = string.Concat(Enumerable.Repeat(unit, repeats)) + "\n\nkim@mailbox.example\n";

        var document = DocumentParser.Parse(new SourceFile(path, text));

        var problem = Assert.Single(document.Problems);
        // Only the reason's own words: nothing of the page is quoted.
        Assert.Matches(@"^content could not be parsed as (Markdown|HTML) \([a-z ,]+\); scanned as plain text$", problem.Message);
        Assert.Contains(document.Segments, s => s.Kind == RegionKind.Prose && s.Text.EndsWith("kim@mailbox.example\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("page.html", "<div><p>text</p></div>\n", 3_000)]
    [InlineData("page.html", "<div></div><x></x>\n", 3_000)]
    [InlineData("page.md", "See [the page](https://example.org/a_(b)) and *this* or **that**.\n\n", 3_000)]
    [InlineData("page.md", "Call [us](tel:+1207555) for snake_case_words or a * b * c, (a) (b (c) \\[x\n", 3_000)]
    [InlineData("page.md", "- item [link](/a)\n  - nested *item*\n", 3_000)]
    [InlineData("page.md", "[ref-name]: /path \"Title\"\n\n", 3_000)]
    [InlineData("page.md", "[ref-name]: /path \"Title\"\n", 2_000)]
    [InlineData("page.md", "| [a](b) | *c* |\n", 500)]
    [InlineData("page.md", "| a b | c |\n", 5_000)]
    [InlineData("page.md", "a < b and 1 <2\n", 3_000)]
    [InlineData("page.html", "<p>a < b and 1 <2</p>\n", 3_000)]
    [InlineData("page.md", "```\n*a [b ![c\n```\n\n", 3_000)]
    [InlineData("page.md", "# A *heading* [x\n", 3_000)]
    [InlineData("page.md", "a + b = c, x^2, C++ and https://example.org/?a=b&c=d\n\n", 3_000)]
    [InlineData("page.md", "<div>\n\ntext\n\n</div>\n\n", 3_000)]
    public void Large_ordinary_pages_are_parsed_as_they_are(string path, string unit, int repeats)
    {
        var text = (path.EndsWith(".md", StringComparison.Ordinal) && unit.StartsWith('|') ? "| h | i |\n|---|---|\n" : string.Empty)
            + string.Concat(Enumerable.Repeat(unit, repeats));

        var document = DocumentParser.Parse(new SourceFile(path, text));

        Assert.Empty(document.Problems);
    }

    [Theory]
    [InlineData("archive.md", 1_000_000)]
    [InlineData("archive.md", 3_000_000)]
    [InlineData("archive.html", 3_000_000)]
    public void An_archive_of_ordinary_posts_is_parsed_as_it_is_at_any_size(string path, int size)
    {
        const string Post = """
            ## A *new* post about [our office](https://example.org/office_(new))

            We are **open** on _Saturdays_ now. See the [hours](/hours) and the [map](/map "Map"), or call us.
            Some `code` and a footnote[^1].

            - one [item](/a)
              - a *nested* item
            - two > three

            | day | hours |
            |-----|-------|
            | Mon | 9–5 |

            > A quote with *emphasis*.

            [^1]: The footnote.

            """;
        const string HtmlPost = "<article><h2>A <em>new</em> post</h2><p>We are <b>open</b> on <a href=\"/s\">Saturdays</a>; 1 < 2.</p><ul><li>one<li>two</ul><table><tr><td>Mon<td>9-5</table></article>\n";
        var post = path.EndsWith(".md", StringComparison.Ordinal) ? Post : HtmlPost;
        var text = string.Concat(Enumerable.Repeat(post, size / post.Length));

        var document = DocumentParser.Parse(new SourceFile(path, text));

        Assert.Empty(document.Problems);
    }
}
