using ContentLint.Core.Model;
using ContentLint.Core.Parsing;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>
/// The frame a plain HTML site repeats on every page (navigation, the page's own header and footer) is marked as page
/// chrome, and only a high-confidence identifier found in it is reported (docs/page-profile.md).
/// </summary>
public sealed class PageChromeTests
{
    private const string Phone = "(617) 555-0187";

    [Theory]
    [InlineData("<nav><a href=\"/\">Home</a></nav>", "Home", true)]
    [InlineData("<body><footer><p>Call 617</p></footer></body>", "Call 617", true)]
    [InlineData("<header><img src=\"/logo.png\" alt=\"Clinic logo\"></header>", "Clinic logo", true)]
    [InlineData("<article><footer><p>Posted by Ines</p></footer></article>", "Posted by Ines", false)]
    [InlineData("<main><header><h1>Welcome</h1></header></main>", "Welcome", false)]
    [InlineData("<aside><p>What our patients say</p></aside>", "What our patients say", false)]
    [InlineData("<footer><p>a</p></footer><p>After the footer</p>", "After the footer", false)]
    public void Text_in_the_site_frame_is_page_chrome(string html, string text, bool chrome)
    {
        var document = DocumentParser.Parse(new SourceFile("page.html", html));

        var segment = Assert.Single(document.Segments, s => s.Text == text);
        Assert.Equal(chrome, segment.InPageChrome);
    }

    [Fact]
    public void A_phone_number_by_its_shape_is_not_reported_in_the_footer_but_is_in_the_story()
    {
        var html = $"<html><body><main><p>Her mother asked us to call {Phone} with the results.</p></main>"
            + $"<footer><p>12 Quarry Lane &middot; {Phone}</p></footer></body></html>";

        var phones = SnippetScan.Findings("patient-stories/a.html", html).Where(d => d.Code == "PHI004").ToList();

        var phone = Assert.Single(phones);
        Assert.Equal(1, phone.Range!.Value.StartLine);
        Assert.Equal(html.IndexOf(Phone, StringComparison.Ordinal) + 1, phone.Range!.Value.StartColumn);
    }
}
