using System.Buffers;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Identifiers whose format alone is strong evidence, with no caption needed: Medicare Beneficiary Identifiers,
/// VINs with a valid check digit, and GS1 unique device identifiers ("(01)" and a 14-digit GTIN).
/// </summary>
/// <remarks>
/// Every segment is scanned for every format, so the two fixed-shape formats are read by hand (StrongFormatShapes,
/// the same spans as their former regexes) and the UDI regex runs only from its required "(01)".
/// </remarks>
internal static class StrongFormatScanner
{
    public const string Mbi = "mbi";
    public const string Vin = "vin";
    public const string Udi = "gs1-udi";

    private const string UdiStart = "(01)";

    private static readonly Regex UdiShape = new(
        @"\(01\)[0-9]{14}(?:\([0-9]{2,4}\)[A-Za-z0-9\-]{1,20}){0,6}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly SearchValues<char> MbiFirst = SearchValues.Create("123456789");

    /// <summary>Spans of <paramref name="format"/> (one of the constants) in <paramref name="text"/>.</summary>
    public static List<(int Start, int Length)> Find(string text, string format)
    {
        var found = new List<(int, int)>();
        Find(text, format, found);
        return found;
    }

    /// <summary>Appends the spans of <paramref name="format"/> in <paramref name="text"/> to <paramref name="found"/>, left to right.</summary>
    public static void Find(string text, string format, List<(int Start, int Length)> found)
    {
        switch (format)
        {
            case Mbi:
                FindMbi(text, found);
                break;
            case Vin:
                FindVin(text, found);
                break;
            case Udi:
                FindUdi(text, found);
                break;
            default:
                throw new InvalidDataException($"Rule catalog: unknown identifier format '{format}'.");
        }
    }

    /// <summary>The most digits any format needs (<see cref="MinDigits"/>).</summary>
    public const int MaxMinDigits = 16;

    /// <summary>
    /// The ASCII digits a finding of <paramref name="format"/> holds at least: an MBI has five digit positions, a VIN
    /// passes its check only with five digits, a UDI starts with "(01)" and 14 digits.
    /// </summary>
    public static int MinDigits(string format) => format switch
    {
        Mbi or Vin => 5,
        Udi => MaxMinDigits,
        _ => 0,
    };

    /// <summary>True when <paramref name="format"/> names a format this scanner knows.</summary>
    public static bool IsKnown(string format) => format is Mbi or Vin or Udi;

    private static void FindMbi(string text, List<(int, int)> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(MbiFirst);
            if (next < 0)
            {
                return;
            }

            i += next;
            var length = StrongFormatShapes.MbiLengthAt(text, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            if (CodeBoundary.IsStandalone(text, i, i + length) && IsMbi(text.AsSpan(i, length)))
            {
                found.Add((i, length));
            }

            i += length;
        }
    }

    private static void FindVin(string text, List<(int, int)> found)
    {
        var i = 0;
        while (StrongFormatShapes.NextVin(text, i) is var start && start >= 0)
        {
            var end = start + VinFormat.Length;
            if (CodeBoundary.IsStandalone(text, start, end) && VinFormat.IsValid(text.AsSpan(start, VinFormat.Length)))
            {
                found.Add((start, VinFormat.Length));
            }

            i = end;
        }
    }

    private static void FindUdi(string text, List<(int, int)> found)
    {
        // Every match starts with "(01)": no match can start before the first one.
        var first = text.IndexOf(UdiStart, StringComparison.Ordinal);
        if (first < 0)
        {
            return;
        }

        foreach (var match in UdiShape.EnumerateMatches(text.AsSpan(), first))
        {
            if (CodeBoundary.IsStandalone(text, match.Index, match.Index + match.Length))
            {
                found.Add((match.Index, match.Length));
            }
        }
    }

    /// <summary>Dashes either at both CMS positions or at neither.</summary>
    private static bool IsMbi(ReadOnlySpan<char> value)
    {
        if (value.Length == MbiFormat.Length)
        {
            return MbiFormat.IsValid(value);
        }

        if (value.Length != MbiFormat.Length + 2 || value[4] != '-' || value[8] != '-')
        {
            return false;
        }

        // The shape allows a dash only at these two places, so dropping them is removing every dash.
        Span<char> plain = stackalloc char[MbiFormat.Length];
        value[..4].CopyTo(plain);
        value.Slice(5, 3).CopyTo(plain[4..]);
        value[9..].CopyTo(plain[7..]);
        return MbiFormat.IsValid(plain);
    }
}
