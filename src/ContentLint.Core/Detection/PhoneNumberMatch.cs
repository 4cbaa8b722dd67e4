namespace ContentLint.Core.Detection;

/// <summary>A validated telephone number in a segment's text.</summary>
/// <param name="Start">Start index in the text.</param>
/// <param name="Length">Length, including an extension when there is one.</param>
/// <param name="Format">How the number is written; some formats are weaker evidence than others.</param>
/// <param name="AreaCode">The North American area code, or null for other numbers.</param>
internal readonly record struct PhoneNumberMatch(int Start, int Length, PhoneNumberFormat Format, string? AreaCode = null)
{
    public int End => Start + Length;
}
