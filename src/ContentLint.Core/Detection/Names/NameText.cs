using ContentLint.Core.Text;

namespace ContentLint.Core.Detection.Names;

/// <summary>Folds names for dictionary look-ups: "Inés" and "JOAQUIN" both become "joaquin".</summary>
internal static class NameText
{
    public static string Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            ascii &= c < 128;
        }

        if (ascii)
        {
            return word.ToString().ToLowerInvariant();
        }

        // Not string.Normalize: the tool runs with invariant globalization, where it leaves "í" as it is.
        Span<char> folded = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            folded[i] = char.ToLowerInvariant(LatinLetters.Base(word[i]));
        }

        return folded.ToString();
    }

    /// <summary>Apostrophes that may stand inside or after a name (O'Brien, Greta's).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
