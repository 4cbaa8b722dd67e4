using System.Buffers;

namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// The pieces of regex syntax the hand-written date and age matchers share (<see cref="MonthDatePatterns"/>,
/// <see cref="NumericDatePatterns"/>, <see cref="AgePatterns"/>): a <c>\b</c> before a start character, <c> +</c>,
/// <c>[0-9]{n}</c> and <c>\b</c> after a word character.
/// </summary>
internal static class PatternText
{
    /// <summary>The ASCII digits, the start characters of the numeric patterns.</summary>
    public static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>Where a pattern's match starting at <paramref name="start"/> of <paramref name="text"/> ends, or -1 when none starts there.</summary>
    public delegate int EndAt(ReadOnlySpan<char> text, int start);

    /// <summary>
    /// The leftmost match at or after <paramref name="from"/>, as a regex's EnumerateMatches reports it: the first word
    /// start (<see cref="NextWordStart"/>) where <paramref name="endAt"/> finds an end; false when there is none.
    /// </summary>
    public static bool TryFirstMatch(string text, int from, SearchValues<char> starts, EndAt endAt, out int start, out int end)
    {
        var span = text.AsSpan();
        for (var i = NextWordStart(span, from, starts); i >= 0; i = NextWordStart(span, i + 1, starts))
        {
            end = endAt(span, i);
            if (end >= 0)
            {
                start = i;
                return true;
            }
        }

        start = -1;
        end = -1;
        return false;
    }

    /// <summary>
    /// The first position at or after <paramref name="from"/> holding one of <paramref name="starts"/> where <c>\b</c>
    /// holds, or -1. Every start character is a word character, so <c>\b</c> holds when the one before is not.
    /// </summary>
    public static int NextWordStart(ReadOnlySpan<char> text, int from, SearchValues<char> starts)
    {
        for (var i = from; i < text.Length; i++)
        {
            var next = text[i..].IndexOfAny(starts);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (i == 0 || !PhraseSet.IsBoundaryWordChar(text[i - 1]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The end of the run of ' ' at <paramref name="p"/> (" +" takes no tab or line break).</summary>
    public static int SpacesEnd(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        return p;
    }

    /// <summary><c>[0-9]{<paramref name="count"/>}</c> at <paramref name="p"/>.</summary>
    public static bool AllDigits(ReadOnlySpan<char> text, int p, int count) =>
        p + count <= text.Length && !text.Slice(p, count).ContainsAnyExceptInRange('0', '9');

    /// <summary><c>(?:st|nd|rd|th)</c> at <paramref name="p"/>.</summary>
    public static bool HasOrdinalSuffix(ReadOnlySpan<char> text, int p) =>
        p + 2 <= text.Length && text.Slice(p, 2) is "st" or "nd" or "rd" or "th";

    /// <summary><c>\b</c> after a word character: the end of the text, or no word character at <paramref name="p"/>.</summary>
    public static bool IsBoundaryAfterWordChar(ReadOnlySpan<char> text, int p) =>
        p >= text.Length || !PhraseSet.IsBoundaryWordChar(text[p]);
}
