using System.Text;

namespace ContentLint.Core.Consent;

/// <summary>
/// <see cref="ConsentRequirement.Normalize"/> without strings for ASCII text: every page's link targets are normalized
/// to look for policy words, and Trim, ToLowerInvariant, Split and Join made four strings and an array per link.
/// </summary>
internal static class MarkerText
{
    /// <summary>Texts up to this long are normalized on the stack; longer ones take the string path.</summary>
    public const int MaxStackLength = 256;

    /// <summary>
    /// Writes what <see cref="ConsentRequirement.Normalize"/> makes of <paramref name="text"/> (with every '.' first
    /// made a space when <paramref name="dotIsSpace"/>) into <paramref name="destination"/>, at least as long as the
    /// text. False, with nothing promised, when the text is not all ASCII: other scripts' casing and white space take
    /// the string path.
    /// </summary>
    public static bool TryNormalizeAscii(ReadOnlySpan<char> text, bool dotIsSpace, Span<char> destination, out int length)
    {
        length = 0;
        if (!Ascii.IsValid(text))
        {
            return false;
        }

        // Trim first, as the string path does: a '.' made a space is trimmed like one.
        var start = 0;
        var end = text.Length;
        while (start < end && IsTrimmed(text[start], dotIsSpace))
        {
            start++;
        }

        while (end > start && IsTrimmed(text[end - 1], dotIsSpace))
        {
            end--;
        }

        // Split on the separators without empty parts and join with '-': a separator run between words is one '-'.
        var pendingDash = false;
        foreach (var c in text[start..end])
        {
            if (c is ' ' or '_' or '-' or '/' || (dotIsSpace && c == '.'))
            {
                pendingDash = length > 0;
                continue;
            }

            if (pendingDash)
            {
                destination[length++] = '-';
                pendingDash = false;
            }

            destination[length++] = char.ToLowerInvariant(c);
        }

        return true;
    }

    private static bool IsTrimmed(char c, bool dotIsSpace) => char.IsWhiteSpace(c) || (dotIsSpace && c == '.');
}
