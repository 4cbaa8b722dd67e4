namespace ContentLint.Core.Detection.Geography;

/// <summary>ZIP and ZIP+4 codes: five digits, optionally "-1234", standing alone (not part of a longer number).</summary>
internal static class ZipCode
{
    /// <summary>The end of a ZIP code starting exactly at <paramref name="p"/>, or -1.</summary>
    public static int EndAt(string text, int p)
    {
        if (p + 5 > text.Length || (p > 0 && (char.IsLetterOrDigit(text[p - 1]) || text[p - 1] is '$' or '.' or '-' or '/')))
        {
            return -1;
        }

        for (var i = p; i < p + 5; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }
        }

        var end = p + 5;
        if (end + 5 <= text.Length && text[end] == '-' && AllDigits(text, end + 1, 4) && !IsDigitOrLetterAt(text, end + 5))
        {
            return end + 5;
        }

        return IsDigitOrLetterAt(text, end) || (end + 1 < text.Length && text[end] is '-' or '.' or ',' && char.IsAsciiDigit(text[end + 1]))
            ? -1
            : end;
    }

    private static bool AllDigits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigitOrLetterAt(string text, int i) => i < text.Length && char.IsLetterOrDigit(text[i]);
}
