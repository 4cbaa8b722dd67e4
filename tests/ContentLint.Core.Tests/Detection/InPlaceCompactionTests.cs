using ContentLint.Core.Detection.Dates;
using ContentLint.Core.Detection.Geography;
using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection;

/// <summary>Date overlap removal and span merging work in place now; they keep what the new-list versions kept.</summary>
public sealed class InPlaceCompactionTests
{
    [Fact]
    public void RemoveOverlaps_keeps_what_the_list_version_kept()
    {
        var random = new Random(42);
        for (var i = 0; i < 20000; i++)
        {
            var dates = new List<DateMatch>();
            for (var n = random.Next(0, 8); n > 0; n--)
            {
                var start = random.Next(0, 30);
                dates.Add(new DateMatch(start, start + random.Next(1, 10), random.Next(2) == 0));
            }

            var expected = ListRemoveOverlaps([.. dates]);
            Assert.Equal(expected, DateScanner.RemoveOverlaps(dates));
        }
    }

    [Fact]
    public void Merge_keeps_what_the_list_version_kept()
    {
        var random = new Random(43);
        for (var i = 0; i < 20000; i++)
        {
            var spans = new List<(int Start, int End, Confidence Confidence)>();
            for (var n = random.Next(0, 8); n > 0; n--)
            {
                var start = random.Next(0, 30);
                spans.Add((start, start + random.Next(1, 10), (Confidence)random.Next(0, 3)));
            }

            var expected = ListMerge([.. spans]);
            Assert.Equal(expected, SpanMerger.Merge(spans));
        }
    }

    /// <summary>The version before: sorted, then copied to a new list.</summary>
    private static List<DateMatch> ListRemoveOverlaps(List<DateMatch> found)
    {
        found.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        var kept = new List<DateMatch>();
        foreach (var date in found)
        {
            if (kept.Count == 0 || date.Start >= kept[^1].End)
            {
                kept.Add(date);
            }
        }

        return kept;
    }

    /// <summary>The version before: sorted, then merged into a new list.</summary>
    private static List<(int Start, int End, Confidence Confidence)> ListMerge(List<(int Start, int End, Confidence Confidence)> spans)
    {
        spans.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        var merged = new List<(int Start, int End, Confidence Confidence)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, Math.Max(last.End, span.End), (Confidence)Math.Max((int)last.Confidence, (int)span.Confidence));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
