using System.Text;

namespace ContentLint.Core.Detection;

/// <summary>
/// Cheap checks for text that <see cref="PhoneNumberScanner"/>'s regexes cannot match, so that most segments skip
/// them: every international match starts with "+" and a digit 2-9, and every North American match holds "+1" or
/// three digits, a separator and four digits.
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
    /// True when the text may hold a North American match: "+1" (its undivided form), or in ASCII text three digits,
    /// a separator and four digits (exchange and line number). Other scripts' digits and the non-ASCII separators are
    /// not looked for: such text always goes to the regex.
    /// </summary>
    public static bool MayHaveNorthAmerican(string text)
    {
        if (text.Contains("+1", StringComparison.Ordinal) || !Ascii.IsValid(text))
        {
            return true;
        }

        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var start = span[offset..].IndexOfAnyInRange('0', '9');
            if (start < 0)
            {
                return false;
            }

            start += offset;
            var end = start + 1;
            while (end < span.Length && char.IsAsciiDigit(span[end]))
            {
                end++;
            }

            if (end - start >= 3 && end + 4 < span.Length && (span[end] is ' ' or '.' or '-') && span.Slice(end + 1, 4).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                return true;
            }

            offset = end;
        }
    }
}
