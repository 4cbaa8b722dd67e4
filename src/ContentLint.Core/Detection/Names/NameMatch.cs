using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Names;

/// <summary>A name found in one segment's text.</summary>
/// <param name="Keys">The folded words of the name (no titles or initials), for finding its other mentions.</param>
/// <param name="Cue">What besides its form made it a name.</param>
internal sealed record NameMatch(int Start, int End, Confidence Confidence, IReadOnlyList<string> Keys, NameCue Cue = NameCue.None)
{
    /// <summary>Why it is reported, in words safe to print (set once its role and the page are known).</summary>
    public string? Reason { get; init; }

    /// <summary>The finder's match this reported one was made from (null for the finder's own).</summary>
    public NameMatch? Source { get; init; }
}
