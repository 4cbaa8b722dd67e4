using ContentLint.Core.Detection;
using ContentLint.Core.Model;

namespace ContentLint.Core.Web;

/// <summary>Makes candidates for WEB findings: the span is source text, the message detail names what was found.</summary>
internal static class WebCandidates
{
    public static Candidate Create(string ruleId, string text, int start, int end, string detail)
    {
        end = Math.Clamp(end, start + 1, text.Length);
        var segment = new SegmentBuilder().AppendVerbatim(text, start, end - start).Build(RegionKind.Attribute, "web");
        return new Candidate(ruleId, segment, 0, end - start, Confidence.High) { Detail = detail };
    }

    /// <summary>A tag's whole start tag, or just <c>&lt;name</c> when the tag runs over several lines.</summary>
    public static (int Start, int End) TagSpan(string text, MarkupTag tag)
    {
        var lineBreak = text.IndexOfAny(['\r', '\n'], tag.Start, tag.End - tag.Start);
        return lineBreak < 0 ? (tag.Start, tag.End) : (tag.Start, tag.Start + 1 + tag.Name.Length);
    }
}
