using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Geography;

/// <summary>Joins overlapping spans into one finding (an address found as street and as "City, ST ZIP" is one address).</summary>
internal static class SpanMerger
{
    /// <summary>Sorts and merges <paramref name="spans"/> in place and returns it.</summary>
    public static List<(int Start, int End, Confidence Confidence)> Merge(List<(int Start, int End, Confidence Confidence)> spans)
    {
        spans.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        // Merged spans are compacted to the front: slot merged - 1 is the last merged span, never past the span being
        // read, so nothing is overwritten before it is read.
        var merged = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (merged > 0 && span.Start < spans[merged - 1].End)
            {
                var last = spans[merged - 1];
                spans[merged - 1] = (last.Start, Math.Max(last.End, span.End), (Confidence)Math.Max((int)last.Confidence, (int)span.Confidence));
            }
            else
            {
                spans[merged++] = span;
            }
        }

        spans.RemoveRange(merged, spans.Count - merged);
        return spans;
    }
}
