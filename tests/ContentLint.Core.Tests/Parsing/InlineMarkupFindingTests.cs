using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>
/// Markup that renders as nothing between the characters of a value (an inline element, a <c>wbr</c>, a comment)
/// leaves the value whole on the page, so it is found like the plain value, at its exact original span; markup that
/// starts a new block keeps the pieces apart, as the page does (docs/text-normalization.md).
/// </summary>
public sealed class InlineMarkupFindingTests
{
    public static TheoryData<string, string, string> SplitValues => new()
    {
        // file, source with the value between « and », rule the value must be found under
        { "a.html", "<p>My SSN is «555-12<wbr>-3456».</p>", "PHI007" },
        { "a.html", "<p>Call me at «207-555-<span>0199»</span> today</p>", "PHI004" },
        { "a.html", "<p>SSN «555-12-<!-- x -->3456»</p>", "PHI007" },
        { "a.md", "Patient: «Mary Smith»<br>Visit: knee surgery", "PHI001" },
        { "a.md", "| who | note |\n|---|---|\n| Patient: «Mary Smith»<br/>Visit | knee |\n", "PHI001" },
        { "a.html", "<p>Patient: «Mary Smith»<br>Visit: knee surgery</p>", "PHI001" },
        { "a.html", "<p>We treated «Mr. Walter <b>Feng»</b> for a cracked molar.</p>", "PHI001" },
        { "a.html", "<p>We treated «Mr. <b>Walter</b><i> Feng»</i> for a cracked molar.</p>", "PHI001" },
        { "a.html", "<p>My SSN is «5<b>5</b>5<i>-</i>1<em>2</em>-<strong>3</strong>456».</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555-12-<span\n  class=\"n\">34</span\n>56»,\nthanks.</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555-12-<!--\nsplit\n-->3456».</p>", "PHI007" },
        { "a.html", "<div>\r\n  <p>\r\n    Call me at «207-555-<a href=\"/contact\">0199»</a> today\r\n  </p>\r\n</div>", "PHI004" },
        { "a.html", "<p>Call me at «207-<font color=red>555</font>-<small>0199»</small> today</p>", "PHI004" },
        { "a.html", "<p>My SSN is «555-12<x-sep>-</x-sep>3456».</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555-12<span>&#8209;</span>3456».</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555-1<span>&shy;</span>2-3456».</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555-12<script>var x;</script>-3456».</p>", "PHI007" },
        { "a.html", "<ul><li>SSN «555-12<wbr>-3456»</li></ul>", "PHI007" },
        { "a.html", "<table><tr><td>SSN «555-12<wbr>-3456»</td></tr></table>", "PHI007" },
        { "a.html", "<h2>SSN «555-<b>12</b>-3456»</h2>", "PHI007" },
        { "a.md", "My SSN is «555-12<wbr>-3456».", "PHI007" },
        { "a.md", "Call me at «207-555-<span>0199»</span> today", "PHI004" },
        { "a.md", "SSN «555-12-<!-- x -->3456»", "PHI007" },
        { "a.md", "<div>\n<p>My SSN is «555-12<wbr>-3456».</p>\n</div>\n", "PHI007" },
    };

    [Theory]
    [MemberData(nameof(SplitValues))]
    public void Value_split_by_markup_that_renders_as_nothing_is_found_at_its_original_span(string path, string marked, string rule) =>
        SnippetScan.AssertFoundAtPlantedSpan(path, marked, rule);

    [Theory]
    [InlineData("<p>My SSN is 555-12</p><p>-3456.</p>")]
    [InlineData("<table><tr><td>555-12</td><td>-3456</td></tr></table>")]
    [InlineData("<div>555-12</div>-3456")]
    [InlineData("<ul><li>555-12</li><li>-3456</li></ul>")]
    [InlineData("<h2>555-12</h2>-3456")]
    [InlineData("<p>555-12<br>-3456</p>")]
    [InlineData("<p>555-12<img src=\"a.jpg\">-3456</p>")]
    [InlineData("<p>555-12<textarea>-3456</textarea></p>")]
    public void Pieces_that_the_page_shows_apart_are_not_joined(string source)
    {
        Assert.DoesNotContain(Findings("a.html", source), d => d.Code == "PHI007");
    }

    [Theory]
    [InlineData("My SSN is 555-12<br>-3456.")]
    [InlineData("My SSN is 555-12<br/>-3456.")]
    [InlineData("My SSN is 555-12</p><p>-3456.")]
    [InlineData("| a |\n|---|\n| 555-12<br>-3456 |\n")]
    public void Markdown_inline_tags_that_break_the_line_keep_the_pieces_apart(string source)
    {
        Assert.DoesNotContain(Findings("a.md", source), d => d.Code == "PHI007");
    }

    private static List<Diagnostic> Findings(string path, string text) => SnippetScan.Findings(path, text);
}
