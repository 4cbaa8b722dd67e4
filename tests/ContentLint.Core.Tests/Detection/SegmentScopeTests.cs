using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection;

public sealed class SegmentScopeTests
{
    private const string Contact = "Call me at 555-201-3300 or write jane@mail.example";

    [Theory]
    [InlineData(RegionKind.Script, null)]
    [InlineData(RegionKind.Style, null)]
    [InlineData(RegionKind.Attribute, "placeholder")]
    [InlineData(RegionKind.Attribute, "PLACEHOLDER")]
    public void Scripts_styles_and_placeholders_are_not_scanned(RegionKind kind, string? name) =>
        Assert.Empty(DetectorHarness.Run(Contact, kind, name));

    [Theory]
    [InlineData(RegionKind.Attribute, "value")]
    [InlineData(RegionKind.Comment, null)]
    [InlineData(RegionKind.MetaContent, "description")]
    [InlineData(RegionKind.FrontMatterValue, "author.contact")]
    [InlineData(RegionKind.ImageAlt, "alt")]
    [InlineData(RegionKind.CodeSpan, null)]
    public void Other_regions_are_scanned(RegionKind kind, string? name)
    {
        var found = DetectorHarness.Run(Contact, kind, name);

        Assert.Equal(["PHI004", "PHI006"], found.Select(c => c.RuleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Spans_map_back_to_source_offsets_of_the_segment()
    {
        const string source = "---\ntitle: x\n---\nText me at 555-201-3300 today.";
        var start = source.IndexOf("Text", StringComparison.Ordinal);
        var segment = new SegmentBuilder().AppendVerbatim(source, start, source.Length - start).Build(RegionKind.Prose);
        var document = new ContentDocument(new SourceFile("x.md", source), null, [segment], []);
        var found = new List<ContentLint.Core.Detection.Candidate>();

        foreach (var detector in ContentLint.Core.Detection.DetectorRegistry.CreateAll(ContentLint.Core.Rules.RuleCatalog.Default))
        {
            detector.Detect(document, found);
        }

        var candidate = Assert.Single(found);
        var (sourceStart, sourceEnd) = candidate.Segment.ToSource(candidate.Start, candidate.Length);
        Assert.Equal(source.IndexOf("555", StringComparison.Ordinal), sourceStart);
        Assert.Equal(source.IndexOf(" today", StringComparison.Ordinal), sourceEnd);
    }
}
