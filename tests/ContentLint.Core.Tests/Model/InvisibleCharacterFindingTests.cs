using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.Parsing;

namespace ContentLint.Core.Tests.Model;

/// <summary>
/// A value with an invisible character, a space variant or a dash variant inside renders as the plain value, so it is
/// found like the plain value, at the exact original span (first character of the value to just after its last).
/// </summary>
public sealed class InvisibleCharacterFindingTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        // file, source with the value between « and », rule the value must be found under
        { "a.md", "My SSN is «555-1\u200B2-3456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555-12\u200C-3456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555\u200D-12-3456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555-12-345\u20606», thanks.", "PHI007" },
        { "a.md", "My SSN is «555-12\uFEFF-3456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555-1\u00AD2-3456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555\u201112\u20113456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555\u201312\u20133456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555\u221212\u22123456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555\u201012\u20103456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555\u201212\u20123456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555\u201412\u20143456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555\u200B\u2013\u200B12\u2013\u200B3456», thanks.", "PHI007" },
        { "a.md", "My SSN is \u200B«555-12-3456»\u200B, thanks.", "PHI007" },
        { "a.md", "My SSN is «555-1&shy;2-3456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555-1&#173;2-3456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555-1&#xAD;2-3456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555-1&#8203;2-3456», thanks.", "PHI007" },
        { "a.md", "My SSN is «555&ndash;12&ndash;3456», thanks.", "PHI007" },
        { "a.md", "Intro line.\r\n\r\nSecond paragraph: SSN «555-1\u200B2-3456».\r\n", "PHI007" },
        { "a.md", "# SSN «555\u221212\u22123456»\n\nText.", "PHI007" },
        { "a.md", "| who | ssn |\n|---|---|\n| me | «555-1\u200B2-3456» |\n", "PHI007" },
        { "a.md", "---\nsummary: My SSN is «555-1\u200B2-3456»\n---\nBody.\n", "PHI007" },
        { "a.md", "---\nsummary: \"My SSN is «555\u201312\u20133456»\"\n---\nBody.\n", "PHI007" },
        { "a.md", "Call me at «207\u2009555\u20090199» today.", "PHI004" },
        { "a.md", "Call me at «207\u202F555\u202F0199» today.", "PHI004" },
        { "a.md", "Call me at «207\u2007555\u20070199» today.", "PHI004" },
        { "a.md", "Call me at «207\u200A555\u200A0199» today.", "PHI004" },
        { "a.md", "Call me at «(207)\u2009555\u200B-0199» today.", "PHI004" },
        { "a.md", "E-mail me at «kim\u200B@mailbox.example» today.", "PHI006" },
        { "a.md", "E-mail me at «kim@mail\u200Bbox.example» today.", "PHI006" },
        { "a.md", "We treated «Mr. Wal\u200Dter Feng» for a cracked molar.", "PHI001" },
        { "a.md", "We treated «Mr. Walter Fe&shy;ng» for a cracked molar.", "PHI001" },
        { "a.html", "<p>My SSN is «555-1\u200B2-3456», thanks.</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555-1&shy;2-3456», thanks.</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555-1&#173;2-3456», thanks.</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555-1&#xAD;2-3456», thanks.</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555-1&#8203;2-3456», thanks.</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555-1&ZeroWidthSpace;2-3456», thanks.</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555&#8209;12&#8209;3456», thanks.</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555&ndash;12&ndash;3456», thanks.</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555&minus;12&minus;3456», thanks.</p>", "PHI007" },
        { "a.html", "<p>My SSN is «555\u201112\u20113456», thanks.</p>", "PHI007" },
        { "a.html", "<div>\r\n  <p>Intro.</p>\r\n  <p>SSN «555-1&shy;2-3456»</p>\r\n</div>", "PHI007" },
        { "a.html", "<img src=\"a.jpg\" alt=\"My SSN is «555-1&shy;2-3456»\">", "PHI007" },
        { "a.html", "---\ntitle: SSN «555-1\u200B2-3456»\n---\n<p>x</p>", "PHI007" },
        { "a.html", "<p>Call me at «207&thinsp;555&thinsp;0199» today.</p>", "PHI004" },
        { "a.html", "<p>Call me at «207&#8239;555&#8239;0199» today.</p>", "PHI004" },
        { "a.html", "<p>Call me at «207\u2009555\u20090199» today.</p>", "PHI004" },
        { "a.html", "<p>E-mail me at «kim&#8203;@mailbox.example» today.</p>", "PHI006" },
        { "a.html", "<p>We treated «Mr. Wal&zwj;ter Feng» for a cracked molar.</p>", "PHI001" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Value_with_invisible_or_variant_characters_is_found_at_its_original_span(string path, string marked, string rule) =>
        SnippetScan.AssertFoundAtPlantedSpan(path, marked, rule);

    [Theory]
    [InlineData("My SSN is 555-1\u200B2-3456.", "My SSN is 555-12-3456.")]
    [InlineData("My SSN is 555-1&shy;2-3456.", "My SSN is 555-12-3456.")]
    [InlineData("My SSN is 555\u201312\u20133456.", "My SSN is 555-12-3456.")]
    [InlineData("Call me at 207\u2011555\u20110199.", "Call me at 207-555-0199.")]
    [InlineData("Call me at 207\u2009555\u20090199.", "Call me at 207 555 0199.")]
    public void A_normalized_value_has_the_fingerprint_of_the_plain_value(string written, string plain)
    {
        var normalized = Assert.Single(Findings("a.md", written), d => d.Code.StartsWith("PHI", StringComparison.Ordinal));
        var reference = Assert.Single(Findings("a.md", plain), d => d.Code.StartsWith("PHI", StringComparison.Ordinal));

        Assert.Equal(reference.Code, normalized.Code);
        Assert.Equal(reference.Fingerprint, normalized.Fingerprint);
    }

    [Fact]
    public void The_redacted_message_shows_the_shape_of_the_value_without_the_invisible_character()
    {
        var finding = Assert.Single(Findings("a.md", "My SSN is 555-1\u200B2-3456."), d => d.Code == "PHI007");

        Assert.DoesNotContain("555", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u200B", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.md", "\u200B\u200C\u200D\u2060\uFEFF&shy;\n\nCall me at 207-555-0199.")]
    [InlineData("a.html", "<p>\u200B</p><p title=\"&shy;\">&#8203;</p><p>Call me at 207-555-0199.</p>")]
    [InlineData("a.md", "---\ntitle: \"\u200B\"\n---\nCall me at 207-555-0199.")]
    public void Text_made_only_of_invisible_characters_neither_fails_nor_hides_the_rest(string path, string source)
    {
        var diagnostics = SnippetScan.Diagnostics(path, source);

        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith(ToolCodes.Prefix, StringComparison.Ordinal));
        Assert.Single(diagnostics, d => d.Code == "PHI004");
    }

    [Theory]
    [InlineData("207-555-0147", "Call me at 207\u2011555\u20110147.")]
    [InlineData("207-555-0147", "Call me at 207\u2013555\u20130147.")]
    [InlineData("207\u2011555\u20110147", "Call me at 207-555-0147.")]
    [InlineData("207\u2011555\u20110147", "Call me at 207\u2011555\u20110147.")]
    [InlineData("555-12-3456", "My SSN is 555-1\u200B2-3456.")]
    public void An_allow_entry_covers_the_value_however_either_is_written(string entry, string page)
    {
        Assert.True(AllowPattern.TryParse(entry, out var pattern, out _));
        var config = ContentLintConfig.Default(Path.GetTempPath()) with { Allow = [pattern] };

        Assert.NotEmpty(Findings("a.md", page));
        Assert.Empty(Findings("a.md", page, config));
    }

    private static List<Diagnostic> Findings(string path, string text, ContentLintConfig? config = null) => SnippetScan.Findings(path, text, config);
}
