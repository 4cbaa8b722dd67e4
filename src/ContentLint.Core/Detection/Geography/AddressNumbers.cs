namespace ContentLint.Core.Detection.Geography;

/// <summary>
/// The numbers an address starts or ends with, found as the regexes <c>\b[0-9]{1,6}(?:-[0-9]{1,4})?[A-Za-z]?\b</c>
/// (house numbers) and <c>\b[0-9]{5}(?:-[0-9]{4})?\b</c> (ZIP codes) would find them, leftmost first and each
/// optional part tried before its absence, but hand-written: a regex ran three passes per match on every number of
/// every page. The caller continues at the end of each match, as the regex's enumeration did.
/// </summary>
internal static class AddressNumbers
{
    /// <summary>The first house number at or after <paramref name="from"/> as (start, end), or (-1, -1).</summary>
    public static (int Start, int End) NextHouseNumber(string text, int from) => Next(text, from, zip: false);

    /// <summary>The first ZIP code at or after <paramref name="from"/> as (start, end), or (-1, -1).</summary>
    public static (int Start, int End) NextZip(string text, int from) => Next(text, from, zip: true);

    private static (int Start, int End) Next(string text, int from, bool zip)
    {
        var span = text.AsSpan();
        var s = from;
        while (s < text.Length)
        {
            var next = span[s..].IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                break;
            }

            s += next;
            // A digit is a word character: \b before it means no word character before it.
            if (s == 0 || !PhraseSet.IsBoundaryWordChar(text[s - 1]))
            {
                var end = zip ? ZipEnd(text, s) : HouseNumberEnd(text, s);
                if (end > 0)
                {
                    return (s, end);
                }
            }

            s++;
        }

        return (-1, -1);
    }

    /// <summary><c>[0-9]{1,6}(?:-[0-9]{1,4})?[A-Za-z]?\b</c> at <paramref name="s"/>, tried in the regex's order.</summary>
    private static int HouseNumberEnd(string text, int s)
    {
        for (var d = Math.Min(6, DigitRun(text, s, 6)); d >= 1; d--)
        {
            var p = s + d;
            if (p < text.Length && text[p] == '-')
            {
                for (var k = Math.Min(4, DigitRun(text, p + 1, 4)); k >= 1; k--)
                {
                    var q = p + 1 + k;
                    if (q < text.Length && char.IsAsciiLetter(text[q]) && IsBoundary(text, q + 1))
                    {
                        return q + 1;
                    }

                    if (IsBoundary(text, q))
                    {
                        return q;
                    }
                }
            }

            if (p < text.Length && char.IsAsciiLetter(text[p]) && IsBoundary(text, p + 1))
            {
                return p + 1;
            }

            if (IsBoundary(text, p))
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary><c>[0-9]{5}(?:-[0-9]{4})?\b</c> at <paramref name="s"/>.</summary>
    private static int ZipEnd(string text, int s)
    {
        if (DigitRun(text, s, 5) < 5)
        {
            return -1;
        }

        var p = s + 5;
        if (p < text.Length && text[p] == '-' && DigitRun(text, p + 1, 4) == 4 && IsBoundary(text, p + 5))
        {
            return p + 5;
        }

        return IsBoundary(text, p) ? p : -1;
    }

    private static int DigitRun(string text, int start, int max)
    {
        var n = 0;
        while (n < max && start + n < text.Length && char.IsAsciiDigit(text[start + n]))
        {
            n++;
        }

        return n;
    }

    private static bool IsBoundary(string text, int i) =>
        (i > 0 && PhraseSet.IsBoundaryWordChar(text[i - 1])) != (i < text.Length && PhraseSet.IsBoundaryWordChar(text[i]));
}
