using System.Buffers;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Geography;

/// <summary>
/// Postal addresses by shape: a house number, up to five street-name words ending in a USPS street suffix, and its
/// tail (unit, city, state, ZIP); PO boxes; "City, ST 12345" without a street. Numbers (and a regex for PO boxes)
/// only find the starts; the words are walked in C#, a bounded number per start.
/// </summary>
internal static class StreetAddressScanner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private const int MaxStreetWords = 5;

    /// <summary>House numbers and ZIP codes are found by <see cref="AddressNumbers"/>; only this rarer shape keeps a regex.</summary>
    private static readonly SearchValues<string> BoxWord = SearchValues.Create(["box"], StringComparison.OrdinalIgnoreCase);

    private static readonly Regex PoBox = new(@"\b(?:P\.? ?O\.?|Post +Office) *Box +#?[0-9]{1,6}\b", Options | RegexOptions.IgnoreCase);

    /// <summary>Street addresses, PO boxes and state-plus-ZIP places in <paramref name="text"/>, possibly overlapping.</summary>
    public static List<AddressMatch> Find(string text)
    {
        var found = new List<AddressMatch>();
        Find(text, found);
        return found;
    }

    /// <summary>As <see cref="Find(string)"/>, into <paramref name="found"/> (cleared first): a detector reuses one list for all its segments.</summary>
    internal static void Find(string text, List<AddressMatch> found)
    {
        found.Clear();
        if (!TextChecks.HasAsciiDigit(text))
        {
            return; // house numbers, PO boxes and ZIP codes all have digits
        }

        for (var (number, numberEnd) = AddressNumbers.NextHouseNumber(text, 0); number >= 0; (number, numberEnd) = AddressNumbers.NextHouseNumber(text, numberEnd))
        {
            if (IsHouseNumberStart(text, number) && StreetEnd(text, numberEnd, out var streetOnly) is > 0 and var end)
            {
                var tailEnd = AddressTail.Extend(text, end, out var hasTail);
                found.Add(new AddressMatch(number, tailEnd, streetOnly || hasTail));
            }
        }

        // Every PO box has "box" in it, in any case: most pages are skipped without running the regex.
        if (text.AsSpan().ContainsAny(BoxWord))
        {
            foreach (var match in PoBox.EnumerateMatches(text))
            {
                found.Add(new AddressMatch(match.Index, AddressTail.Extend(text, match.Index + match.Length, out _), Strong: true));
            }
        }

        for (var (zip, zipEnd) = AddressNumbers.NextZip(text, 0); zip >= 0; (zip, zipEnd) = AddressNumbers.NextZip(text, zipEnd))
        {
            if (ZipCode.EndAt(text, zip) == zipEnd && StateBefore(text, zip) is >= 0 and var start)
            {
                found.Add(new AddressMatch(start, zipEnd, Strong: true));
            }
        }
    }

    /// <summary>"$12", "3.5", "1/2" and "v2" are no house numbers.</summary>
    private static bool IsHouseNumberStart(string text, int start) =>
        start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '$' or '.' or '/' or '-' or ':' or '#' or '+' or '€' or '£');

    /// <summary>The end of the street name after a house number, or -1 when no suffix ends it.</summary>
    private static int StreetEnd(string text, int p, out bool streetOnly)
    {
        streetOnly = false;
        var end = -1;
        var words = 0;
        for (var i = 0; i < MaxStreetWords && p + 1 < text.Length && text[p] == ' '; i++)
        {
            p++;
            var wordEnd = TextSpans.WordEnd(text, p);
            var word = text.AsSpan(p, wordEnd - p);
            if (!(TextSpans.IsCapitalizedWord(text, p, wordEnd) || IsOrdinal(word) || IsDirection(word) || (word.Length == 1 && char.IsUpper(word[0]))))
            {
                break;
            }

            var dotted = wordEnd < text.Length && text[wordEnd] == '.';
            if (words > 0 && GeographyWords.IsSuffix(word, out var onlyStreets))
            {
                end = dotted && word.Length <= 4 ? wordEnd + 1 : wordEnd;
                streetOnly = onlyStreets;
            }

            if (IsNumberedRoad(word) && NumberAfter(text, wordEnd) is > 0 and var roadEnd)
            {
                streetOnly = true; // "County Road 9", "Highway 12": numbered roads are streets
                return roadEnd;
            }

            words++;
            p = dotted ? wordEnd + 1 : wordEnd;
        }

        return end;
    }

    private static bool IsNumberedRoad(ReadOnlySpan<char> word) =>
        word.Equals("Road", StringComparison.OrdinalIgnoreCase) || word.Equals("Route", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Highway", StringComparison.OrdinalIgnoreCase) || word.Equals("Hwy", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Rd", StringComparison.OrdinalIgnoreCase) || word.Equals("Rte", StringComparison.OrdinalIgnoreCase);

    private static int NumberAfter(string text, int p)
    {
        if (p + 1 >= text.Length || text[p] != ' ' || !char.IsAsciiDigit(text[p + 1]))
        {
            return -1;
        }

        var q = p + 1;
        while (q < text.Length && q - p <= 5 && char.IsAsciiDigit(text[q]))
        {
            q++;
        }

        return q < text.Length && char.IsLetterOrDigit(text[q]) ? -1 : q;
    }

    private static bool IsOrdinal(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsAsciiDigit(word[0])
        && (word.EndsWith("st", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || word.EndsWith("th", StringComparison.OrdinalIgnoreCase));

    private static bool IsDirection(ReadOnlySpan<char> word) =>
        word is "N" or "S" or "E" or "W" or "NE" or "NW" or "SE" or "SW";

    /// <summary>The start of "City, ST" or "ST" right before a ZIP at <paramref name="zipStart"/>, or -1.</summary>
    private static int StateBefore(string text, int zipStart)
    {
        var p = zipStart - 1;
        if (p < 1 || text[p] != ' ')
        {
            return -1;
        }

        var wordStart = p;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (!GeographyWords.IsStateCode(text.AsSpan(wordStart, p - wordStart)) && !GeographyWords.IsStateName(text.AsSpan(wordStart, p - wordStart)))
        {
            return -1;
        }

        return CityBefore(text, wordStart);
    }

    /// <summary>Extends a state start back over ", City" (up to three capitalized words).</summary>
    private static int CityBefore(string text, int stateStart)
    {
        if (stateStart < 3 || text[stateStart - 1] != ' ' || text[stateStart - 2] != ',')
        {
            return stateStart;
        }

        var start = stateStart;
        var p = stateStart - 2;
        for (var words = 0; words < 3; words++)
        {
            var wordStart = p;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '\'' or '\u2019'))
            {
                wordStart--;
            }

            if (!TextSpans.IsCapitalizedWord(text, wordStart, p))
            {
                break;
            }

            start = wordStart;
            if (wordStart < 2 || text[wordStart - 1] != ' ' || !char.IsLetter(text[wordStart - 2]))
            {
                break;
            }

            p = wordStart - 1;
        }

        return start;
    }
}
