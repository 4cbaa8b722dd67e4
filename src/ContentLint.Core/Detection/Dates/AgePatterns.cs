using System.Buffers;

namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// The age regexes, matched by hand so that no regex is built (each cost milliseconds of CPU and megabytes of
/// construction garbage per scan). Each match, and its group n, is the one the regex reports: the leftmost start, and
/// the end a backtracking engine's priority order gives (greedy optionals, alternatives in order, three digits before
/// two), which .NET's NonBacktracking engine also reports. A run of spaces or letters is always followed by something
/// it cannot hold, so only the whole run can succeed.
/// </summary>
internal static class AgePatterns
{
    private static readonly SearchValues<char> DigitOrN = SearchValues.Create("0123456789Nn");
    private static readonly SearchValues<char> LetterA = SearchValues.Create("Aa");
    private static readonly SearchValues<char> LetterT = SearchValues.Create("t");
    private static readonly SearchValues<char> Uppercase = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly string[] YearUnits = ["years", "year", "yrs.", "yrs", "yr.", "yr"];

    /// <summary>A match found by <see cref="TryNext"/>: the whole match and its number.</summary>
    internal readonly record struct AgeMatch(int Start, int End, int NumberStart, int NumberEnd);

    /// <summary>The next match of <paramref name="pattern"/> at or after <paramref name="from"/>, as the regex's Match/NextMatch gives it.</summary>
    public static bool TryNext(string text, int from, AgePattern pattern, out AgeMatch match)
    {
        var starts = pattern switch
        {
            AgePattern.YearsOld => DigitOrN,
            AgePattern.AgeWord or AgePattern.AtAge => LetterA,
            AgePattern.Turned => LetterT,
            AgePattern.Birthday => PatternText.Digits,
            _ => Uppercase,
        };

        var span = text.AsSpan();
        for (var i = PatternText.NextWordStart(span, from, starts); i >= 0; i = PatternText.NextWordStart(span, i + 1, starts))
        {
            var found = pattern switch
            {
                AgePattern.YearsOld => YearsOldAt(span, i, out match),
                AgePattern.AgeWord => AgeWordAt(span, i, out match),
                AgePattern.Turned => TurnedAt(span, i, out match),
                AgePattern.Birthday => BirthdayAt(span, i, out match),
                AgePattern.AtAge => AtAgeAt(span, i, out match),
                _ => AppositionAt(span, i, out match),
            };
            if (found)
            {
                return true;
            }
        }

        match = default;
        return false;
    }

    private static bool YearsOldAt(ReadOnlySpan<char> text, int i, out AgeMatch match)
    {
        for (var digits = 3; digits >= 2; digits--)
        {
            var end = PatternText.AllDigits(text, i, digits) ? YearsOldUnit(text, i + digits) : -1;
            if (end >= 0)
            {
                match = new AgeMatch(i, end, i, i + digits);
                return true;
            }
        }

        if (text[i] is 'N' or 'n' && text[(i + 1)..].StartsWith("inety", StringComparison.Ordinal))
        {
            // (?:[ -][a-z]+)? first, then without it.
            var ninetyEnd = i + 6;
            if (ninetyEnd < text.Length && text[ninetyEnd] is ' ' or '-')
            {
                var wordEnd = LowercaseEnd(text, ninetyEnd + 1);
                var end = wordEnd > ninetyEnd + 1 ? YearsOldUnit(text, wordEnd) : -1;
                if (end >= 0)
                {
                    match = new AgeMatch(i, end, i, wordEnd);
                    return true;
                }
            }

            var plainEnd = YearsOldUnit(text, ninetyEnd);
            if (plainEnd >= 0)
            {
                match = new AgeMatch(i, plainEnd, i, ninetyEnd);
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>(?: |-)(?:years?|yrs?\.?)(?: |-)old\b at <paramref name="p"/>: where it ends, or -1.</summary>
    private static int YearsOldUnit(ReadOnlySpan<char> text, int p)
    {
        if (p >= text.Length || text[p] is not (' ' or '-'))
        {
            return -1;
        }

        foreach (var unit in YearUnits)
        {
            var v = p + 1 + unit.Length;
            if (text[(p + 1)..].StartsWith(unit, StringComparison.Ordinal) && v < text.Length && text[v] is ' ' or '-'
                && text[(v + 1)..].StartsWith("old", StringComparison.Ordinal) && PatternText.IsBoundaryAfterWordChar(text, v + 4))
            {
                return v + 4;
            }
        }

        return -1;
    }

    private static bool AgeWordAt(ReadOnlySpan<char> text, int i, out AgeMatch match)
    {
        var rest = text[i..];
        if (rest.StartsWith("aged", StringComparison.Ordinal) || rest.StartsWith("Aged", StringComparison.Ordinal))
        {
            if (AgeWordNumber(text, i, i + 4, out match))
            {
                return true;
            }
        }

        if (rest.StartsWith("age", StringComparison.Ordinal) || rest.StartsWith("Age", StringComparison.Ordinal) || rest.StartsWith("AGE", StringComparison.Ordinal))
        {
            return AgeWordNumber(text, i, i + 3, out match);
        }

        match = default;
        return false;
    }

    /// <summary>" +(?&lt;n&gt;[0-9]{2,3}|ninety(?:-[a-z]+)?)\b" at <paramref name="p"/>.</summary>
    private static bool AgeWordNumber(ReadOnlySpan<char> text, int start, int p, out AgeMatch match)
    {
        var n = PatternText.SpacesEnd(text, p);
        if (n > p)
        {
            for (var digits = 3; digits >= 2; digits--)
            {
                if (PatternText.AllDigits(text, n, digits) && PatternText.IsBoundaryAfterWordChar(text, n + digits))
                {
                    match = new AgeMatch(start, n + digits, n, n + digits);
                    return true;
                }
            }

            if (text[n..].StartsWith("ninety", StringComparison.Ordinal))
            {
                var ninetyEnd = n + 6;
                if (ninetyEnd < text.Length && text[ninetyEnd] == '-')
                {
                    var wordEnd = LowercaseEnd(text, ninetyEnd + 1);
                    if (wordEnd > ninetyEnd + 1 && PatternText.IsBoundaryAfterWordChar(text, wordEnd))
                    {
                        match = new AgeMatch(start, wordEnd, n, wordEnd);
                        return true;
                    }
                }

                if (PatternText.IsBoundaryAfterWordChar(text, ninetyEnd))
                {
                    match = new AgeMatch(start, ninetyEnd, n, ninetyEnd);
                    return true;
                }
            }
        }

        match = default;
        return false;
    }

    private static bool TurnedAt(ReadOnlySpan<char> text, int i, out AgeMatch match)
    {
        var rest = text[i..];
        var wordEnd = rest.StartsWith("turned", StringComparison.Ordinal) ? i + 6
            : rest.StartsWith("turns", StringComparison.Ordinal) ? i + 5
            : rest.StartsWith("turning", StringComparison.Ordinal) ? i + 7
            : -1;
        var n = wordEnd < 0 ? -1 : PatternText.SpacesEnd(text, wordEnd);
        if (n > wordEnd)
        {
            for (var digits = 3; digits >= 2; digits--)
            {
                if (PatternText.AllDigits(text, n, digits) && PatternText.IsBoundaryAfterWordChar(text, n + digits))
                {
                    match = new AgeMatch(i, n + digits, n, n + digits);
                    return true;
                }
            }
        }

        match = default;
        return false;
    }

    private static bool BirthdayAt(ReadOnlySpan<char> text, int i, out AgeMatch match)
    {
        for (var digits = 3; digits >= 2; digits--)
        {
            var p = i + digits;
            if (PatternText.AllDigits(text, i, digits) && PatternText.HasOrdinalSuffix(text, p))
            {
                var word = PatternText.SpacesEnd(text, p + 2);
                if (word > p + 2 && text[word..].StartsWith("birthday", StringComparison.Ordinal) && PatternText.IsBoundaryAfterWordChar(text, word + 8))
                {
                    match = new AgeMatch(i, word + 8, i, p);
                    return true;
                }
            }
        }

        match = default;
        return false;
    }

    private static bool AtAgeAt(ReadOnlySpan<char> text, int i, out AgeMatch match)
    {
        var n = i + 2 <= text.Length && text[i + 1] == 't' ? PatternText.SpacesEnd(text, i + 2) : -1;
        if (n > i + 2)
        {
            for (var digits = 3; digits >= 2; digits--)
            {
                var p = n + digits;
                if (!PatternText.AllDigits(text, n, digits))
                {
                    continue;
                }

                // (?:$|[,.;:!?)]): $ is the end of the text or just before a final line break.
                if (p == text.Length || (p == text.Length - 1 && text[p] == '\n'))
                {
                    match = new AgeMatch(i, p, n, p);
                    return true;
                }

                if (p < text.Length && text[p] is ',' or '.' or ';' or ':' or '!' or '?' or ')')
                {
                    match = new AgeMatch(i, p + 1, n, p);
                    return true;
                }
            }
        }

        match = default;
        return false;
    }

    private static bool AppositionAt(ReadOnlySpan<char> text, int i, out AgeMatch match)
    {
        var wordEnd = LowercaseEnd(text, i + 1);
        if (wordEnd > i + 1 && wordEnd < text.Length)
        {
            if (text[wordEnd] == ',')
            {
                // ", +(?<n>[0-9]{2,3})[,)]"
                var n = PatternText.SpacesEnd(text, wordEnd + 1);
                for (var digits = 3; n > wordEnd + 1 && digits >= 2; digits--)
                {
                    var p = n + digits;
                    if (PatternText.AllDigits(text, n, digits) && p < text.Length && text[p] is ',' or ')')
                    {
                        match = new AgeMatch(i, p + 1, n, p);
                        return true;
                    }
                }
            }
            else
            {
                // " +\((?<n>[0-9]{2,3})\)"
                var paren = PatternText.SpacesEnd(text, wordEnd);
                for (var digits = 3; paren > wordEnd && paren < text.Length && text[paren] == '(' && digits >= 2; digits--)
                {
                    var p = paren + 1 + digits;
                    if (PatternText.AllDigits(text, paren + 1, digits) && p < text.Length && text[p] == ')')
                    {
                        match = new AgeMatch(i, p + 1, paren + 1, p);
                        return true;
                    }
                }
            }
        }

        match = default;
        return false;
    }

    /// <summary>The end of the run of ASCII lowercase letters ([a-z]) at <paramref name="p"/>.</summary>
    private static int LowercaseEnd(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && char.IsAsciiLetterLower(text[p]))
        {
            p++;
        }

        return p;
    }
}
