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
    /// True when a separator (/ . -) stands between digits and a second one follows after one or two more digits and
    /// before a digit: the shape both "3/14/26" and "2026-03-14" contain.
    /// </summary>
    public static bool MayHaveNumericDate(string text)
    {
        for (var i = text.AsSpan().IndexOfAny(Separators); i >= 0; i = NextSeparator(text, i + 1))
        {
            if (i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 3 < text.Length && char.IsAsciiDigit(text[i + 1])
                && ((IsSeparator(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
                    || (char.IsAsciiDigit(text[i + 2]) && IsSeparator(text[i + 3]) && i + 4 < text.Length && char.IsAsciiDigit(text[i + 4]))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("/.-");

    private static int NextSeparator(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny(Separators);
        return next < 0 ? -1 : from + next;
    }

    private static bool IsSeparator(char c) => c is '/' or '.' or '-';
}
