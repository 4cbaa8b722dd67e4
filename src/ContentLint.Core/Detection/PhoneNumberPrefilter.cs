using System.Text;

namespace ContentLint.Core.Detection;

/// <summary>
/// Cheap checks for text that <see cref="PhoneNumberScanner"/>'s regexes cannot match, so that most segments skip
/// them, or start them later: every international match starts with "+" and a digit 2-9, and every North American
/// match holds "+1" or three digits, a separator and four digits.
/// </summary>
internal static class PhoneNumberPrefilter
{
    /// <summary>True when a "+" stands before an ASCII digit 2-9, where every international match starts.</summary>
    public static bool MayHaveInternational(string text)
    {
        for (var i = text.IndexOf('+', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('+', i + 1))
        {
            if (text[i + 1] is >= '2' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the first North American match may start, or -1 when the text holds none. Every match holds "+1" (its
    /// undivided form starts there) or three digits, a separator and four digits (exchange and line number), at most
    /// <see cref="MaxPrefixLength"/> characters after its start ("+1 (555) " before the exchange). Only ASCII text is
    /// looked at: other scripts' digits and the non-ASCII separators send the whole text to the regex.
    /// </summary>
    public static int NorthAmericanStart(string text)
    {
        if (!Ascii.IsValid(text))
        {
            return 0;
        }

        var plusOne = text.IndexOf("+1", StringComparison.Ordinal);
        var span = text.AsSpan();
        for (var offset = 0; TextChecks.NextDigitRun(span, offset, out var start, out var end); offset = end)
        {
            if (end - start >= 3 && end + 4 < span.Length && (span[end] is ' ' or '.' or '-') && span.Slice(end + 1, 4).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                var earliest = Math.Max(0, end - 3 - MaxPrefixLength);
                return plusOne >= 0 ? Math.Min(plusOne, earliest) : earliest;
            }
        }

        return plusOne;
    }

    /// <summary>The longest text a match can have before its exchange digits: "+1" and a separator, then "(555) ".</summary>
    private const int MaxPrefixLength = 9;
}
