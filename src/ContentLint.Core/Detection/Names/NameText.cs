using System.Globalization;
using System.Text;

namespace ContentLint.Core.Detection.Names;

/// <summary>Folds names for dictionary look-ups: "Joaquín" and "JOAQUIN" both become "joaquin".</summary>
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

        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Apostrophes that may stand inside or after a name (O'Brien, Ruth's).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
