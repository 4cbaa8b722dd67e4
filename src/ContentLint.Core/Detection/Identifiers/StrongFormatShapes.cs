using System.Buffers;

namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// The fixed shapes of MBIs and VINs, read by hand: each finds exactly the spans that a left-to-right regex search
/// for <c>[1-9][A-Z][A-Z0-9][0-9]-?[A-Z][A-Z0-9][0-9]-?[A-Z]{2}[0-9]{2}</c> and <c>[A-HJ-NPR-Z0-9]{17}</c> finds
/// (ASCII only, case-sensitive), for a fraction of the cost of running an automaton over every segment.
/// </summary>
internal static class StrongFormatShapes
{
    private static readonly SearchValues<char> VinChars = SearchValues.Create("0123456789ABCDEFGHJKLMNPRSTUVWXYZ");

    /// <summary>
    /// The length of the MBI shape starting at <paramref name="start"/> (11, 12 or 13 with its optional dashes), or 0.
    /// A character is never both a dash and a letter or digit, so at most one length fits: the regex's.
    /// </summary>
    public static int MbiLengthAt(string text, int start)
    {
        var i = start;
        if (!(Is(text, i, '1', '9') && IsUpper(text, i + 1) && IsUpperOrDigit(text, i + 2) && IsDigit(text, i + 3)))
        {
            return 0;
        }

        i += 4;
        i += i < text.Length && text[i] == '-' ? 1 : 0;
        if (!(IsUpper(text, i) && IsUpperOrDigit(text, i + 1) && IsDigit(text, i + 2)))
        {
            return 0;
        }

        i += 3;
        i += i < text.Length && text[i] == '-' ? 1 : 0;
        return IsUpper(text, i) && IsUpper(text, i + 1) && IsDigit(text, i + 2) && IsDigit(text, i + 3) ? i + 4 - start : 0;
    }

    /// <summary>
    /// The start of the first 17 VIN characters in a row at or after <paramref name="from"/>, or -1: the leftmost
    /// start, as a regex search resuming after each match finds it. A window whose last character is no VIN character
    /// rules out every start up to that character, so prose is read about one character in 17.
    /// </summary>
    public static int NextVin(string text, int from)
    {
        var start = from;
        while (start + VinFormat.Length <= text.Length)
        {
            var last = start + VinFormat.Length - 1;
            if (!VinChars.Contains(text[last]))
            {
                start = last + 1;
                continue;
            }

            var i = last - 1;
            while (i >= start && VinChars.Contains(text[i]))
            {
                i--;
            }

            if (i < start)
            {
                return start; // every start before this one was ruled out by a non-VIN character it would include
            }

            start = i + 1;
        }

        return -1;
    }

    private static bool Is(string text, int i, char low, char high) => i < text.Length && text[i] >= low && text[i] <= high;

    private static bool IsUpper(string text, int i) => Is(text, i, 'A', 'Z');

    private static bool IsDigit(string text, int i) => Is(text, i, '0', '9');

    private static bool IsUpperOrDigit(string text, int i) => IsUpper(text, i) || IsDigit(text, i);
}
