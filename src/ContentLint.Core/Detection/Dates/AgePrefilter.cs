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
        for (var offset = 0; TextChecks.NextDigitRun(span, offset, out var start, out var end); offset = end)
        {
            // Only runs of two or three digits count; the value is read by hand (no int.Parse per digit run).
            var value = 0;
            for (var k = start; k < end && k < start + 3; k++)
            {
                value = (value * 10) + (span[k] - '0');
            }

            if (end - start is 2 or 3 && value is >= AgeScanner.MinAge and <= AgeScanner.MaxAge)
            {
                return true;
            }
        }

        return false;
    }
}
