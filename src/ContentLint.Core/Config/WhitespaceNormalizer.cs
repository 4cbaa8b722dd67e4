using System.Text;

namespace ContentLint.Core.Config;

/// <summary>Trims and collapses every run of whitespace to one space, so a name broken across lines still matches.</summary>
internal static class WhitespaceNormalizer
{
    public static string Normalize(string text) =>
        // Fingerprints and allow patterns normalize every match, and almost every match is normalized already:
        // then the text itself is the answer, without a builder and a copy.
        IsNormalized(text) ? text : Collapse(text);

    /// <summary>True when <see cref="Collapse"/> would return the same characters: only single spaces between non-spaces.</summary>
    internal static bool IsNormalized(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i - 1])))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
