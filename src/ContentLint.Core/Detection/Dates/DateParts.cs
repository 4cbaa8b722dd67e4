namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// Hand-read parts of <see cref="DateScanner"/>'s matches and a cheap check that lets most text skip the numeric
/// regexes: asking NonBacktracking for capture groups costs an extra NFA pass per match.
/// </summary>
internal static class DateParts
{
    /// <summary>
    /// The day of a month-name match ("Saturday, March 7th, 2026", "the 3rd of March"): weekday, "the" and month hold
    /// no digit, so the day is the first digit run, at most two digits long.
    /// </summary>
    public static int Day(ReadOnlySpan<char> match)
    {
        var start = match.IndexOfAnyInRange('0', '9');
        var end = start + 1;
        if (end < match.Length && char.IsAsciiDigit(match[end]))
        {
            end++;
        }

        return int.Parse(match[start..end], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Where the first numeric date may start, or -1 when there is none: both numeric formats hold a separator (/ . -)
    /// between digits and a second one after one or two more digits and before a digit ("3/14/26", "2026-03-14"), at
    /// most four digits after the date's start.
    /// </summary>
    public static int NumericDateStart(string text)
    {
        for (var i = text.AsSpan().IndexOfAny(Separators); i >= 0; i = NextSeparator(text, i + 1))
        {
            if (i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 3 < text.Length && char.IsAsciiDigit(text[i + 1])
                && ((IsSeparator(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
                    || (char.IsAsciiDigit(text[i + 2]) && IsSeparator(text[i + 3]) && i + 4 < text.Length && char.IsAsciiDigit(text[i + 4]))))
            {
                return Math.Max(0, i - 4);
            }
        }

        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("/.-");

    private static int NextSeparator(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny(Separators);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The separators of numeric dates ("3/14/26", "03.14.2026", "3-14-26").</summary>
    internal static bool IsSeparator(char c) => c is '/' or '.' or '-';
}
