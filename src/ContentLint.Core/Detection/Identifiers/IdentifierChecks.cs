namespace ContentLint.Core.Detection.Identifiers;

/// <summary>Check-digit and range validators of identifier formats, on raw characters (separators already removed).</summary>
internal static class IdentifierChecks
{
    /// <summary>
    /// The ranges the SSA never issues: area 000, 666 and 900-999, group 00, serial 0000. Numbers the SSA voided
    /// after they leaked (078-05-1120) stay valid here: they are still SSN-shaped PHI on a page.
    /// </summary>
    public static bool IsSsn(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9 || !IsAllDigits(digits))
        {
            return false;
        }

        var area = digits[..3];
        return !area.SequenceEqual("000") && !area.SequenceEqual("666") && area[0] != '9'
            && !digits.Slice(3, 2).SequenceEqual("00") && !digits[5..].SequenceEqual("0000");
    }

    /// <summary>The Luhn checksum of payment card numbers (ISO/IEC 7812), for 13 to 19 digits.</summary>
    public static bool IsLuhn(ReadOnlySpan<char> digits)
    {
        if (digits.Length is < 13 or > 19 || !IsAllDigits(digits))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// A DEA registration number: two letters and seven digits where (d1 + d3 + d5) + 2 * (d2 + d4 + d6) ends in d7.
    /// </summary>
    public static bool IsDea(ReadOnlySpan<char> value)
    {
        if (value.Length != 9 || !char.IsAsciiLetter(value[0]) || !(char.IsAsciiLetter(value[1]) || value[1] == '9')
            || !IsAllDigits(value[2..]))
        {
            return false;
        }

        var d = value[2..];
        var sum = (d[0] - '0') + (d[2] - '0') + (d[4] - '0') + (2 * ((d[1] - '0') + (d[3] - '0') + (d[5] - '0')));
        return sum % 10 == d[6] - '0';
    }

    public static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
