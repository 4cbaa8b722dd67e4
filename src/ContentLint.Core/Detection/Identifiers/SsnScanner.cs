namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Social Security numbers by shape: 3-2-4 digits with dashes or spaces, or nine digits in a row. The shape only
/// proposes (<see cref="SsnShape"/>); boundaries and the never-issued ranges decide.
/// </summary>
internal static class SsnScanner
{
    /// <summary>The longest SSN shape, 3-2-4 digits with two separators.</summary>
    private const int MaxLength = 11;

    /// <summary>SSN-shaped spans; <c>Separator</c> is '-', ' ' or '\0' for an undashed run.</summary>
    public static List<(int Start, int Length, char Separator)> Find(string text)
    {
        var found = new List<(int, int, char)>();
        Find(text, found);
        return found;
    }

    /// <summary>Appends the SSN-shaped spans of <paramref name="text"/> to <paramref name="found"/>, left to right.</summary>
    public static void Find(string text, List<(int Start, int Length, char Separator)> found)
    {
        Span<char> digits = stackalloc char[MaxLength];
        for (var start = SsnShape.Next(text, 0, out var length); start >= 0; start = SsnShape.Next(text, start + length, out length))
        {
            var end = start + length;
            var span = text.AsSpan(start, length);
            if (CodeBoundary.IsStandalone(text, start, end) && IdentifierChecks.IsSsn(DigitsOf(span, digits)))
            {
                found.Add((start, length, length == 9 ? '\0' : span[3] == '-' ? '-' : ' '));
            }
        }
    }

    /// <summary>True when the whole of <paramref name="value"/> is an SSN, dashed or not (a keyed value).</summary>
    public static bool IsWholeSsn(ReadOnlySpan<char> value) =>
        (value.Length == 9 || (value.Length == 11 && value[3] == '-' && value[6] == '-')) && IdentifierChecks.IsSsn(DigitsOf(value, stackalloc char[MaxLength]));

    private static ReadOnlySpan<char> DigitsOf(ReadOnlySpan<char> span, Span<char> digits)
    {
        var n = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
            }
        }

        return digits[..n];
    }
}
