using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Model;

/// <summary>The builder is reused from segment to segment: nothing of one segment may leak into the next.</summary>
public sealed class SegmentBuilderTests
{
    private const string Source = "Tom &amp; Jerry\r\nsecond line with more words";

    [Fact]
    public void A_reused_builder_makes_the_same_segments_as_fresh_ones()
    {
        var reused = new SegmentBuilder();
        var random = new Random(42);
        for (var round = 0; round < 300; round++)
        {
            var fresh = new SegmentBuilder();
            var steps = random.Next(0, 6);
            for (var step = 0; step < steps; step++)
            {
                var start = random.Next(0, Source.Length);
                var length = random.Next(0, Source.Length - start + 1);
                switch (random.Next(3))
                {
                    case 0:
                        fresh.AppendVerbatim(Source, start, length);
                        reused.AppendVerbatim(Source, start, length);
                        break;
                    case 1:
                        var decoded = new string('x', random.Next(0, 70));
                        fresh.AppendDecoded(decoded, start, start + length);
                        reused.AppendDecoded(decoded, start, start + length);
                        break;
                    default:
                        fresh.AppendAligned(Source, 0, Source.Length, "Tom & Jerry\nsecond line");
                        reused.AppendAligned(Source, 0, Source.Length, "Tom & Jerry\nsecond line");
                        break;
                }
            }

            Assert.Equal(fresh.Length, reused.Length);
            AssertSame(fresh.Build(RegionKind.Prose), reused.Build(RegionKind.Prose));
        }
    }

    [Fact]
    public void Scratch_drops_what_an_interrupted_use_left_behind()
    {
        SegmentBuilder.Scratch.AppendVerbatim(Source, 0, 3).AppendDecoded("&", 4, 9);
        var segment = SegmentBuilder.Scratch.AppendVerbatim(Source, 10, 5).Build(RegionKind.Prose);
        Assert.Equal("Jerry", segment.Text);
        Assert.Equal((10, 15), segment.ToSource(0, 5));
    }

    [Fact]
    public void A_long_segment_after_short_ones_is_complete()
    {
        var builder = new SegmentBuilder();
        builder.AppendDecoded("ab", 0, 1).Build(RegionKind.Prose);
        var text = new string('z', 100_000);
        var segment = builder.AppendDecoded("<", 0, 0).AppendVerbatim(text, 0, text.Length).AppendDecoded(">", 0, 0).Build(RegionKind.Prose);
        Assert.Equal("<" + text + ">", segment.Text);
        Assert.Equal("q", builder.AppendDecoded("q", 0, 1).Build(RegionKind.Prose).Text);
    }

    private static void AssertSame(Segment expected, Segment actual)
    {
        Assert.Equal(expected.Text, actual.Text);
        for (var start = 0; start <= expected.Text.Length; start++)
        {
            for (var length = 0; start + length <= expected.Text.Length; length += 3)
            {
                Assert.Equal(expected.ToSource(start, length), actual.ToSource(start, length));
            }
        }
    }
}
