namespace ContentLint.Core.Detection;

/// <summary>
/// The parts of a North American number that <see cref="PhoneNumberScanner"/>'s regex matched, read from the match
/// span by hand: asking NonBacktracking for capture groups costs an extra NFA pass per match. The match is already
/// known to fit the pattern, so each part is found by the same priority the regex's groups follow.
/// </summary>
internal readonly record struct NorthAmericanParts(int AreaCode, int Exchange, char Separator1, char Separator2, bool HasCountryCode)
{
    /// <summary>Reads a span that the North American pattern matched whole; false when it is not of that shape.</summary>
    public static bool TryRead(ReadOnlySpan<char> match, out NorthAmericanParts parts)
    {
        parts = default;

        // "+1" + 10 digits with no separator at all is the pattern's second alternative ("+15552013300").
        if (match.Length == 12 && match.StartsWith("+1") && IsDigits(match[2..]))
        {
            parts = new NorthAmericanParts(2, 5, '\0', '\0', HasCountryCode: false);
            return true;
        }

        var pos = 0;
        var country = false;
        if (match.Length > 1 && match[0] == '+' && match[1] == '1')
        {
            pos = match.Length > 2 && IsSeparator(match[2]) ? 3 : 2;
            country = true;
        }
        else if (match.Length > 1 && match[0] == '1' && IsSeparator(match[1]))
        {
            pos = 2; // a digit cannot follow "1" directly when it is a country code, so the separator decides
            country = true;
        }

        int area;
        var s1 = '\0';
        if (pos < match.Length && match[pos] == '(')
        {
            area = pos + 1;
            pos += 5; // "(555)"
            if (pos < match.Length && match[pos] is ' ' or '\u00A0')
            {
                pos++; // the exchange cannot start with a space, so a space here always belongs to "[ \u00A0]?"
            }
        }
        else
        {
            area = pos;
            pos += 3;
            if (pos >= match.Length)
            {
                return false;
            }

            s1 = match[pos++];
        }

        var exchange = pos;
        pos += 3;
        if (pos >= match.Length)
        {
            return false;
        }

        parts = new NorthAmericanParts(area, exchange, s1, match[pos], country);
        return true;
    }

    /// <summary>The separators the pattern allows between digit groups.</summary>
    public static bool IsSeparator(char c) => c is ' ' or '\u00A0' or '.' or '-' or (>= '\u2010' and <= '\u2013');

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
