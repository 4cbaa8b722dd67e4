namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// Whether <see cref="AgeScanner"/> can find anything in a text. Every age pattern's number is a whole run of two or
/// three ASCII digits (word boundaries, spaces or punctuation stand on both sides) and only values 90-125 are kept, so
/// a text without such a run, and without "ninety", yields nothing: the regexes need not run.
/// </summary>
internal static class AgePrefilter
{
    public static bool MayHaveAge(string text)
    {
        if (text.Contains("inety", StringComparison.Ordinal))
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
            var value = span[start] - '0';
            while (end < span.Length && char.IsAsciiDigit(span[end]))
            {
                // The value is read by hand (no int.Parse per digit run); only runs of two or three digits count.
                value = end - start < 3 ? (value * 10) + (span[end] - '0') : value;
                end++;
            }

            if (end - start is 2 or 3 && value is >= AgeScanner.MinAge and <= AgeScanner.MaxAge)
            {
                return true;
            }

            offset = end;
        }
    }
}
