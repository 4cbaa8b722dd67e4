namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// The SSN shape read by hand: the same spans as a left-to-right regex search for
/// <c>[0-9]{3}(?:-[0-9]{2}-|[ \u00A0][0-9]{2}[ \u00A0])[0-9]{4}|[0-9]{9}</c>, without an automaton run over every
/// segment. The fourth character is a separator in one alternative and a digit in the other, so at most one
/// alternative fits at a start.
/// </summary>
internal static class SsnShape
{
    /// <summary>Both alternatives hold nine ASCII digits.</summary>
    public const int MinDigits = 9;

    /// <summary>The start of the first SSN shape at or after <paramref name="from"/> and its <paramref name="length"/> (11 or 9), or -1.</summary>
    public static int Next(string text, int from, out int length)
    {
        var i = from;
        while (i < text.Length)
        {
            var digit = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                break;
            }

            i += digit;
            length = LengthAt(text, i);
            if (length > 0)
            {
                return i;
            }

            i++;
        }

        length = 0;
        return -1;
    }

    private static int LengthAt(string text, int start)
    {
        if (!Digits(text, start, 3) || start + 3 >= text.Length)
        {
            return 0;
        }

        var separator = text[start + 3];
        if (separator == '-')
        {
            return Digits(text, start + 4, 2) && At(text, start + 6) == '-' && Digits(text, start + 7, 4) ? 11 : 0;
        }

        if (separator is ' ' or '\u00A0')
        {
            return Digits(text, start + 4, 2) && At(text, start + 6) is ' ' or '\u00A0' && Digits(text, start + 7, 4) ? 11 : 0;
        }

        return Digits(text, start, 9) ? 9 : 0;
    }

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';

    private static bool Digits(string text, int start, int count)
    {
        if (start + count > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
