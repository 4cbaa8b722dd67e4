using ContentLint.Core.Model;

namespace ContentLint.Core.Detection;

/// <summary>A possible identifier found by a detector: a span of one segment's text, not yet filtered or redacted.</summary>
/// <param name="RuleId">The rule it would be reported under, e.g. <c>PHI004</c>.</param>
/// <param name="Segment">The segment the match is in.</param>
/// <param name="Start">Start index in <see cref="Segment.Text"/>.</param>
/// <param name="Length">Length in <see cref="Segment.Text"/>.</param>
/// <param name="Confidence">How sure the detector is.</param>
public sealed record Candidate(string RuleId, Segment Segment, int Start, int Length, Confidence Confidence)
{
    // Records print every property by default; the segment's text may be PHI.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"RuleId = {RuleId}, Start = {Start}, Length = {Length}, Confidence = {Confidence}");
        return true;
    }

    /// <summary>
    /// What was found, in words safe to print (a tracker's name, the metadata tag of an image), shown in the message
    /// instead of the redacted match. Never page text; null for the PHI detectors, whose messages show the match's shape.
    /// </summary>
    public string? Detail { get; init; }

    /// <summary>Why the detector raised it, in words safe to print ("relative cue before", "signature line"); never page text.</summary>
    public string? Reason { get; init; }

    /// <summary>The matched text. Internal so that it cannot reach a reporter by accident.</summary>
    internal string MatchedText => Segment.Text.Substring(Start, Length);
}
