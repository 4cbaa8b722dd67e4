namespace ContentLint.Core.Detection.Names;

/// <summary>One word of a segment as the name finder sees it.</summary>
/// <param name="Start">Start index in the segment text.</param>
/// <param name="End">End (exclusive) of the word, without a possessive "'s".</param>
/// <param name="Key">The word case-folded and without diacritics, for dictionary look-ups.</param>
/// <param name="IsCapitalized">Starts with an upper-case letter and is not all capitals (ALS, CPT).</param>
/// <param name="IsInitial">One upper-case letter followed by a dot ("P." in "Walter P. Sims").</param>
/// <param name="IsPossessive">Followed by "'s", which is not part of the name.</param>
internal readonly record struct NameToken(int Start, int End, string Key, bool IsCapitalized, bool IsInitial, bool IsPossessive)
{
    // Records print every property by default; these hold text from the page, which may be PHI.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Start = {Start}, End = {End}, IsCapitalized = {IsCapitalized}, IsInitial = {IsInitial}");
        return true;
    }

    /// <summary>End of the token including the dot of an initial.</summary>
    public int SpanEnd => IsInitial ? End + 1 : End;
}
