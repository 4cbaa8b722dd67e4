namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Every shape of a strong format or an SSN needs a number of ASCII digits (<see cref="StrongFormatScanner.MinDigits"/>,
/// <see cref="SsnShape.MinDigits"/>): a segment with fewer cannot hold one, and most prose has few or none.
/// </summary>
internal static class AsciiDigits
{
    /// <summary>The number of ASCII digits in <paramref name="text"/>, counted up to <paramref name="cap"/> only.</summary>
    public static int CountUpTo(string text, int cap)
    {
        var span = text.AsSpan();
        var count = 0;
        for (var i = span.IndexOfAnyInRange('0', '9'); i >= 0 && count < cap; i = span.IndexOfAnyInRange('0', '9'))
        {
            count++;
            span = span[(i + 1)..];
        }

        return count;
    }
}
