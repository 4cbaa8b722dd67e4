using ContentLint.Core.Model;

namespace ContentLint.Core.Detection;

/// <summary>The one place that decides which segments the PHI detectors look at.</summary>
internal static class SegmentScope
{
    /// <summary>The segments of <paramref name="document"/> that PHI detectors scan (see <see cref="IsScannedForPhi"/>).</summary>
    public static PhiSegmentList PhiSegments(ContentDocument document) => new(document.Segments);

    /// <summary>
    /// False for script and style bodies (code, not published prose; later rule families look at them) and for
    /// HTML <c>placeholder</c> attributes, which show sample input by definition.
    /// </summary>
    public static bool IsScannedForPhi(Segment segment) => segment.Kind switch
    {
        RegionKind.Script or RegionKind.Style => false,
        // The whole image repeats its alt, source and title segments: only the photo rules read it.
        RegionKind.Image => false,
        RegionKind.Attribute => !string.Equals(segment.Name, "placeholder", StringComparison.OrdinalIgnoreCase),
        _ => true,
    };
}
