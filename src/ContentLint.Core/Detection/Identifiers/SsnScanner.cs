using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Social Security numbers by shape: 3-2-4 digits with dashes or spaces, or nine digits in a row. The regex only
/// proposes; C# checks boundaries and the never-issued ranges.
/// </summary>
internal static class SsnScanner
{
    private static readonly Regex Shape = new(
        @"[0-9]{3}(?:-[0-9]{2}-|[ \u00A0][0-9]{2}[ \u00A0])[0-9]{4}|[0-9]{9}",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>SSN-shaped spans; <c>Separator</c> is '-', ' ' or '\0' for an undashed run.</summary>
    public static List<(int Start, int Length, char Separator)> Find(string text)
    {
        var found = new List<(int, int, char)>();
        if (!TextChecks.HasAsciiDigit(text))
        {
            return found;
        }

        foreach (var match in Shape.EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            var span = text.AsSpan(match.Index, match.Length);
            if (CodeBoundary.IsStandalone(text, match.Index, end) && IdentifierChecks.IsSsn(DigitsOf(span)))
            {
                found.Add((match.Index, match.Length, match.Length == 9 ? '\0' : span[3] == '-' ? '-' : ' '));
            }
        }

        return found;
    }

    /// <summary>True when the whole of <paramref name="value"/> is an SSN, dashed or not (a keyed value).</summary>
    public static bool IsWholeSsn(ReadOnlySpan<char> value) =>
        (value.Length == 9 || (value.Length == 11 && value[3] == '-' && value[6] == '-')) && IdentifierChecks.IsSsn(DigitsOf(value));

    private static string DigitsOf(ReadOnlySpan<char> span)
    {
        Span<char> digits = stackalloc char[span.Length];
        var n = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
            }
        }

        return new string(digits[..n]);
    }
}
