using ContentLint.Core.Model;
using ContentLint.Core.Parsing;

namespace ContentLint.Core.Tests.Model;

/// <summary>
/// The text detectors see drops what renders as nothing and writes space and dash variants plainly, while every
/// character still maps to where it came from in the file.
/// </summary>
public sealed class MatchingTextTests
{
    [Fact]
    public void Invisible_characters_are_dropped_and_variants_written_plainly()
    {
        const string Source = "a\u200Bb c\u2009d 1\u20132 x\u2013y e\u2011f g\u00A0h 3\u22124";

        var segment = Verbatim(Source);

        Assert.Equal("ab c d 1-2 x\u2013y e-f g h 3-4", segment.Text);
    }

    [Fact]
    public void Every_character_left_maps_to_its_own_source_offset()
    {
        const string Source = "x 555-1\u200B2-3456\u00AD y";

        var segment = Verbatim(Source);

        Assert.Equal("x 555-12-3456 y", segment.Text);
        Assert.Equal((2, 14), segment.ToSource(2, 11)); // the value, with the dropped character inside it
        Assert.Equal((8, 9), segment.ToSource(7, 1));   // "2", just after the dropped character
        Assert.Equal((6, 7), segment.ToSource(6, 1));   // "1", just before it
        Assert.Equal((15, 16), segment.ToSource(13, 1)); // the space after the dropped soft hyphen
    }

    [Fact]
    public void A_dropped_decoded_character_leaves_no_text_and_the_value_around_it_spans_it()
    {
        const string Source = "555-1&shy;2-3456";
        var segment = new SegmentBuilder()
            .AppendVerbatim(Source, 0, 5)
            .AppendDecoded("\u00AD", 5, 10)
            .AppendVerbatim(Source, 10, 6)
            .Build(RegionKind.Prose);

        Assert.Equal("555-12-3456", segment.Text);
        Assert.Equal((0, 16), segment.ToSource(0, 11));
        Assert.Equal((4, 11), segment.ToSource(4, 2));
    }

    [Fact]
    public void A_segment_of_invisible_characters_only_is_empty_and_keeps_its_place()
    {
        var segment = new SegmentBuilder().AppendVerbatim("ab\u200B\u200Ccd", 2, 2).Build(RegionKind.Prose);

        Assert.Equal(string.Empty, segment.Text);
        Assert.Equal((2, 2), segment.ToSource(0, 0));
    }

    [Theory]
    [InlineData("Ann\u2009Lee", "Ann Lee")]
    [InlineData("Ann\u3000Lee", "Ann Lee")]
    [InlineData("Ann\u202FLee", "Ann Lee")]
    [InlineData("pages 10\u201312", "pages 10-12")]
    [InlineData("Mon\u2013Fri", "Mon\u2013Fri")]
    [InlineData("Thanks \u2014 Mike T.", "Thanks \u2014 Mike T.")]
    [InlineData("7\u2014 later", "7\u2014 later")]
    [InlineData("1\u200B\u20142", "1-2")]
    public void Visible_separations_stay_and_long_dashes_change_only_between_digits(string source, string expected)
    {
        Assert.Equal(expected, Verbatim(source).Text);
    }

    [Fact]
    public void Supplementary_format_characters_are_dropped_and_other_supplementary_characters_kept()
    {
        const string Tag = "\U000E0041";
        var segment = Verbatim("55" + Tag + "5 \U0001F600 ok");

        Assert.Equal("555 \U0001F600 ok", segment.Text);
        Assert.Equal((4, 5), segment.ToSource(2, 1));
    }

    [Fact]
    public void Format_characters_that_render_a_visible_mark_are_kept()
    {
        Assert.Equal("\u0600123", Verbatim("\u0600123").Text);
    }

    [Fact]
    public void Parsed_markdown_and_html_hand_detectors_the_plain_value()
    {
        var markdown = DocumentParser.Parse(new SourceFile("a.md", "SSN 555-1&shy;2-3456 and 555\u200B\u201112\u20113456"));
        var html = DocumentParser.Parse(new SourceFile("a.html", "<p title=\"207&thinsp;555\">SSN 555-1&#8203;2-3456</p>"));

        Assert.Contains(markdown.Segments, s => s.Text == "SSN 555-12-3456 and 555-12-3456");
        Assert.Contains(html.Segments, s => s.Text == "SSN 555-12-3456");
        Assert.Contains(html.Segments, s => s.Text == "207 555");
    }

    private static Segment Verbatim(string source) =>
        new SegmentBuilder().AppendVerbatim(source, 0, source.Length).Build(RegionKind.Prose);
}
