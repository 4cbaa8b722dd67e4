using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Geography;

/// <summary>Joins overlapping spans into one finding (an address found as street and as "City, ST ZIP" is one address).</summary>
internal static class SpanMerger
{
    public static List<(int Start, int End, Confidence Confidence)> Merge(List<(int Start, int End, Confidence Confidence)> spans)
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
