namespace ContentLint.Core.Detection;

/// <summary>Where a <see cref="PhraseSet"/> match may start.</summary>
internal enum PhraseStart
{
    /// <summary>At any position.</summary>
    Anywhere,

    /// <summary>At a word boundary, as the regex <c>\b</c> defines it.</summary>
    WordBoundary,

    /// <summary>Where no letter or digit stands before (<see cref="char.IsLetterOrDigit(char)"/>).</summary>
    AfterNonAlphanumeric,
}
