namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// The two numeric date regexes, matched by hand so that no regex is built: Numeric
/// <c>\b[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:[0-9]{4}|[0-9]{2})\b</c> ("3/14/26", "03.14.2026") and Iso
/// <c>\b(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]\b</c> ("2026-03-14"). Each match is the one the regex's
/// EnumerateMatches reports: the leftmost start, and the end the regex's priority order gives. A one- or two-digit
/// run is followed by its separator in only one way, so only the year ("four digits, else two, then \b") has a choice.
/// </summary>
internal static class NumericDatePatterns
{
    /// <summary>The next Numeric match at or after <paramref name="from"/>; false when there is none.</summary>
    public static bool TryNextNumeric(string text, int from, out int start, out int end) =>
        PatternText.TryFirstMatch(text, from, PatternText.Digits, NumericAt, out start, out end);

    /// <summary>The next Iso match at or after <paramref name="from"/>; false when there is none.</summary>
    public static bool TryNextIso(string text, int from, out int start, out int end) =>
        PatternText.TryFirstMatch(text, from, PatternText.Digits, IsoEndAt, out start, out end);

    private static int IsoEndAt(ReadOnlySpan<char> text, int i) => IsIsoAt(text, i) ? i + 10 : -1;

    private static int NumericAt(ReadOnlySpan<char> text, int i)
    {
        var afterA = SeparatorAfterDigits(text, i);
        if (afterA < 0)
        {
            return -1;
        }

        var afterB = SeparatorAfterDigits(text, afterA);
        if (afterB < 0)
        {
            return -1;
        }

        // (?:[0-9]{4}|[0-9]{2})\b: four digits first, then two.
        return DigitsThenBoundary(text, afterB, 4) ? afterB + 4 : DigitsThenBoundary(text, afterB, 2) ? afterB + 2 : -1;
    }

    /// <summary>Where the text continues after "[0-9]{1,2}[/.\-]" at <paramref name="p"/> (two digits, else one), or -1.</summary>
    private static int SeparatorAfterDigits(ReadOnlySpan<char> text, int p)
    {
        var digits = 0;
        while (digits < 3 && p + digits < text.Length && char.IsAsciiDigit(text[p + digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && p + digits < text.Length && DateParts.IsSeparator(text[p + digits]) ? p + digits + 1 : -1;
    }

    /// <summary>"[0-9]{<paramref name="count"/>}\b" at <paramref name="p"/>.</summary>
    private static bool DigitsThenBoundary(ReadOnlySpan<char> text, int p, int count) =>
        PatternText.AllDigits(text, p, count) && PatternText.IsBoundaryAfterWordChar(text, p + count);

    private static bool IsIsoAt(ReadOnlySpan<char> text, int i) =>
        i + 10 <= text.Length
        && ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0'))
        && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) && text[i + 4] == '-'
        && text[i + 5] is '0' or '1' && char.IsAsciiDigit(text[i + 6]) && text[i + 7] == '-'
        && text[i + 8] is >= '0' and <= '3' && char.IsAsciiDigit(text[i + 9])
        && PatternText.IsBoundaryAfterWordChar(text, i + 10);
}
