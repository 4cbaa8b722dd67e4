namespace ContentLint.Core.Detection.Names;

/// <summary>
/// A capitalized word (not an initial) of a segment, kept from the detector's first pass so that the second pass
/// (other mentions of known names) looks only at these instead of walking every segment's words again.
/// </summary>
/// <remarks>A plain struct, not a record: a record would print its keys, words of the page.</remarks>
internal readonly struct CapitalizedWord(int segment, int start, int end, string key, int previousStart, int previousEnd)
{
    /// <summary>Index of the segment in the document.</summary>
    public int Segment { get; } = segment;

    public int Start { get; } = start;

    /// <summary>End of the word, without a possessive "'s".</summary>
    public int End { get; } = end;

    public string Key { get; } = key;

    /// <summary>Start of the word before it in the segment, or -1 when it is the segment's first word.</summary>
    public int PreviousStart { get; } = previousStart;

    /// <summary>End of the word before it (without a possessive "'s").</summary>
    public int PreviousEnd { get; } = previousEnd;
}
