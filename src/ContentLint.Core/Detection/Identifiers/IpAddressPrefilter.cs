namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Shapes every match of <see cref="IpAddressScanner"/>'s regexes contains, looked for without a regex so that most
/// segments skip the regexes: a dotted quad has a digit, a dot and a digit three times in a row (1-3 digits apart),
/// and an IPv6 candidate has two colons with at most four hex digits between them.
/// </summary>
internal static class IpAddressPrefilter
{
    public static bool MayHaveV4(string text)
    {
        for (var dot = text.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = text.IndexOf('.', dot + 1))
        {
            if (dot > 0 && char.IsAsciiDigit(text[dot - 1]) && IsDigitGroupThenDot(text, dot + 1, out var second)
                && IsDigitGroupThenDot(text, second + 1, out var third) && third + 1 < text.Length && char.IsAsciiDigit(text[third + 1]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool MayHaveV6(string text)
    {
        var previous = text.IndexOf(':', StringComparison.Ordinal);
        if (previous < 0)
        {
            return false;
        }

        for (var colon = text.IndexOf(':', previous + 1); colon >= 0; previous = colon, colon = text.IndexOf(':', colon + 1))
        {
            if (colon - previous - 1 <= 4 && text.AsSpan(previous + 1, colon - previous - 1).IndexOfAnyExcept(HexDigits) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789ABCDEFabcdef");

    /// <summary>One to three ASCII digits from <paramref name="start"/>, then a dot at <paramref name="dot"/>.</summary>
    private static bool IsDigitGroupThenDot(string text, int start, out int dot)
    {
        dot = start;
        while (dot < text.Length && dot - start < 3 && char.IsAsciiDigit(text[dot]))
        {
            dot++;
        }

        return dot > start && dot < text.Length && text[dot] == '.';
    }
}
