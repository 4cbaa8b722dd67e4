namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Reads the code that follows a caption ("MRN: 0048213", "plate (BK 48217)", "CDL no. 09-114-5521") and
/// decides whether it is shaped like an identifier rather than a word, year, date, price or billing code.
/// Every loop is bounded, so reading stays linear in the text.
/// </summary>
internal static class IdentifierValue
{
    /// <summary>The fewest ASCII digits an identifier holds (<see cref="IsIdentifier"/>): "MRN 12" is no record number.</summary>
    public const int MinDigits = 3;

    private const int MaxGap = 24;
    private const int MaxLength = 40;
    // Words between a caption and its value: "chart no. is", "chart number with us is", "lot numbers are".
    private static readonly string[] LinkWords = ["no", "nr", "num", "number", "numbers", "id", "is", "was", "are", "were", "code", "with", "us", "here"];

    /// <summary>How far after a value the next value of a list may start (", and " and line breaks between).</summary>
    private const int MaxListGap = 8;

    /// <summary>The value right after a caption ending at <paramref name="labelEnd"/>, or false.</summary>
    public static bool TryReadAfter(string text, int labelEnd, out int start, out int end)
    {
        start = end = labelEnd;
        var i = labelEnd;
        if (i < text.Length && text[i] == '.' && i > 0 && char.IsLetter(text[i - 1]))
        {
            i++; // "chart no.", "Acct."
        }

        var limit = Math.Min(text.Length, labelEnd + MaxGap);
        while (i < limit)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is ':' or '#' or '(' or '[' or '"' or '\'' or '*' or '=' or ',' or '\u2013' or '\u2014' or '\u201C')
            {
                i++;
            }
            else if (LinkWordEnd(text, i) is var wordEnd && wordEnd > i)
            {
                i = wordEnd;
            }
            else
            {
                break;
            }
        }

        if (i == labelEnd || i >= text.Length || text[i - 1] == '.' || !char.IsAsciiLetterOrDigit(text[i]))
        {
            return false; // "MRN0048213" glued to its caption, or nothing code-like follows
        }

        start = i;
        end = ReadCode(text, i, text.Length);
        return IsIdentifier(text.AsSpan(start, end - start)) && !IsFollowedByNonCode(text, end);
    }

    /// <summary>
    /// The next value of a list after a captioned value ending at <paramref name="valueEnd"/>: "lot numbers NB-401-A
    /// and NB-402-A", "serials A-1182, A-1183": joined by a comma, "and", "or" or "&amp;", on the same or the next line.
    /// </summary>
    public static bool TryReadNextInList(string text, int valueEnd, out int start, out int end)
    {
        start = end = valueEnd;
        var i = valueEnd;
        var limit = Math.Min(text.Length, valueEnd + MaxListGap);
        var joined = false;
        while (i < limit)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (text[i] is ',' or '&' or ';')
            {
                joined = true;
                i++;
            }
            else if (StartsWord(text, i, "and") || StartsWord(text, i, "or"))
            {
                joined = true;
                i += text[i] == 'a' ? 3 : 2;
            }
            else
            {
                break;
            }
        }

        if (!joined || i >= text.Length || !char.IsAsciiLetterOrDigit(text[i]))
        {
            return false;
        }

        start = i;
        end = ReadCode(text, i, text.Length);
        return IsIdentifier(text.AsSpan(start, end - start)) && !IsFollowedByNonCode(text, end)
            && (end >= text.Length || !char.IsLetter(text[end]));
    }

    private static bool StartsWord(string text, int i, string word) =>
        i + word.Length < text.Length && text.AsSpan(i, word.Length).SequenceEqual(word) && !char.IsLetterOrDigit(text[i + word.Length]);

    // Words between a value and the caption after it: "QV-118274 is her chart number", "QV-118274 (his MRN)". A comma
    // ends the search: "MRN0048213, the claim ..." is another caption's value.
    private static readonly string[] BackLinkWords = ["is", "was", "her", "his", "its", "their", "my", "the", "our", "your"];

    /// <summary>
    /// The value right before a caption starting at <paramref name="labelStart"/> that no value follows: "QV-118274
    /// is her chart number", "ZK-50921-B (lot number)". Only a code that reads forward to the same end counts.
    /// </summary>
    public static bool TryReadBefore(string text, int labelStart, out int start, out int end)
    {
        start = end = labelStart;
        var i = labelStart;
        var limit = Math.Max(0, labelStart - MaxGap);
        while (i > limit)
        {
            var c = text[i - 1];
            if (c is ' ' or '(' or '[' or '\u00A0')
            {
                i--;
            }
            else if (BackLinkWordStart(text, i) is var wordStart && wordStart < i)
            {
                i = wordStart;
            }
            else
            {
                break;
            }
        }

        if (i == labelStart || i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1]))
        {
            return false;
        }

        var codeStart = i;
        while (codeStart > 0 && i - codeStart < MaxLength && (char.IsAsciiLetterOrDigit(text[codeStart - 1]) || text[codeStart - 1] is '-' or '.' or '/'))
        {
            codeStart--;
        }

        while (codeStart < i && !char.IsAsciiLetterOrDigit(text[codeStart]))
        {
            codeStart++; // a code starts with a letter or digit, never a separator
        }

        if (codeStart == i || (codeStart > 0 && char.IsLetterOrDigit(text[codeStart - 1])) || ReadCode(text, codeStart, i) != i)
        {
            return false;
        }

        start = codeStart;
        end = i;
        return IsIdentifier(text.AsSpan(start, end - start));
    }

    private static int BackLinkWordStart(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < 6 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        if (start == end || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return end;
        }

        var word = text.AsSpan(start, end - start);
        foreach (var link in BackLinkWords)
        {
            if (word.Equals(link, StringComparison.OrdinalIgnoreCase))
            {
                return start;
            }
        }

        return end;
    }

    /// <summary>True when all of <paramref name="value"/> is one identifier-shaped code (a keyed value).</summary>
    public static bool IsWholeCode(ReadOnlySpan<char> value) =>
        value.Length > 0 && char.IsAsciiLetterOrDigit(value[0])
        && ReadCode(value.ToString(), 0, value.Length) == value.Length && IsIdentifier(value);

    /// <summary>
    /// Letter and digit groups joined by single '-', '.' or '/', and a short letter prefix joined by one space
    /// to a number ("BK 48217", as plates and some member IDs are printed).
    /// </summary>
    private static int ReadCode(string text, int start, int limit)
    {
        limit = Math.Min(limit, start + MaxLength);
        var i = start;
        var groups = 0;
        while (i < limit)
        {
            var groupStart = i;
            while (i < limit && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            groups++;
            if (i + 1 >= limit || !char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                break;
            }

            var isPrefix = groups == 1 && i - groupStart <= 3 && IsUpperLetters(text.AsSpan(groupStart, i - groupStart));
            if (text[i] is '-' or '.' or '/' || (text[i] == ' ' && isPrefix && DigitRun(text, i + 1, limit) >= 3))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>Digits and letters of a plausible identifier: not a word, a year, a date, a billing code or a placeholder.</summary>
    public static bool IsIdentifier(ReadOnlySpan<char> value)
    {
        int digits = 0, letters = 0;
        foreach (var c in value)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            letters += char.IsAsciiLetter(c) ? 1 : 0;
        }

        if (digits < MinDigits || digits + letters < 4)
        {
            return false;
        }

        if (value.Length == 4 && digits == 4 && int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2099)
        {
            return false; // a year
        }

        if (value.Length == 5 && char.IsAsciiLetterUpper(value[0]) && digits == 4)
        {
            return false; // a CDT or HCPCS code (D2962, E0486)
        }

        return !IsDate(value) && !IsPlaceholder(value);
    }

    private static bool IsFollowedByNonCode(string text, int end) =>
        end < text.Length && text[end] is '%' or '@' or '$';

    private static int LinkWordEnd(string text, int i)
    {
        var end = i;
        while (end < text.Length && end - i < 7 && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        if (end == i || (end < text.Length && char.IsAsciiLetterOrDigit(text[end])))
        {
            return i;
        }

        var word = text.AsSpan(i, end - i);
        foreach (var link in LinkWords)
        {
            if (word.Equals(link, StringComparison.OrdinalIgnoreCase))
            {
                return end < text.Length && text[end] == '.' ? end + 1 : end;
            }
        }

        return i;
    }

    /// <summary>Three all-digit groups shaped like 02/14/1941, 2026-03-02 or 9.14.26.</summary>
    private static bool IsDate(ReadOnlySpan<char> value)
    {
        Span<Range> parts = stackalloc Range[4];
        var count = value.SplitAny(parts, "-./");
        if (count != 3)
        {
            return false;
        }

        var a = value[parts[0]];
        var b = value[parts[1]];
        var c = value[parts[2]];
        if (!IdentifierChecks.IsAllDigits(a) || !IdentifierChecks.IsAllDigits(b) || !IdentifierChecks.IsAllDigits(c))
        {
            return false;
        }

        return (a.Length <= 2 && b.Length <= 2 && c.Length is 2 or 4) || (a.Length == 4 && b.Length <= 2 && c.Length <= 2);
    }

    /// <summary>All digits the same (PP-000000) or counting up (123456789): sample values, not someone's number.</summary>
    public static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[MaxLength];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c) && n < digits.Length)
            {
                digits[n++] = c;
            }
        }

        var same = true;
        var ascending = n >= 6;
        for (var i = 1; i < n; i++)
        {
            same &= digits[i] == digits[0];
            ascending &= digits[i] == (char)(digits[i - 1] + 1);
        }

        return same || ascending;
    }

    private static bool IsUpperLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static int DigitRun(string text, int i, int limit)
    {
        var start = i;
        while (i < limit && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
