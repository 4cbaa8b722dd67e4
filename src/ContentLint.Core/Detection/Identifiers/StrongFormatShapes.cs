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
    /// The start of the first 17 VIN characters in a row at or after <paramref name="from"/>, or -1. Runs are cut
    /// into 17s from their start, as a regex search resuming after each match cuts them.
    /// </summary>
    public static int NextVin(string text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var start = text.AsSpan(i).IndexOfAny(VinChars);
            if (start < 0)
            {
                return -1;
            }

            start += i;
            var run = text.AsSpan(start).IndexOfAnyExcept(VinChars);
            var end = run < 0 ? text.Length : start + run;
            if (end - start >= VinFormat.Length)
            {
                return start;
            }

            i = end;
        }

        return -1;
    }

    private static bool Is(string text, int i, char low, char high) => i < text.Length && text[i] >= low && text[i] <= high;

    private static bool IsUpper(string text, int i) => Is(text, i, 'A', 'Z');

    private static bool IsDigit(string text, int i) => Is(text, i, '0', '9');

    private static bool IsUpperOrDigit(string text, int i) => IsUpper(text, i) || IsDigit(text, i);
}
