namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>
/// NameCues.HasHistoricalYear as it was before its digit prefilter (every position of the sentence checked), kept
/// only to check that the prefiltered version answers the same.
/// </summary>
internal static class HistoricalYearReference
{
    private const int YearWindow = 160;

    /// <summary>A year before 1930 in the same sentence: a historical figure, not a patient.</summary>
    public static bool HasHistoricalYear(string text, int start, int end)
    {
        var from = SentenceBound(text, start, -1);
        var to = SentenceBound(text, end, 1);
        for (var i = from; i + 4 <= to; i++)
        {
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] is not '/' and not '-')
                && (i + 4 == text.Length || !char.IsLetterOrDigit(text[i + 4]) || text[i + 4] == 's')
                && ((i + 4 < text.Length && text[i + 4] == 's') || FollowsYearWord(text, i))
                && int.TryParse(text.AsSpan(i, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                && year is >= 1000 and < 1930)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in 1845", "since 1776": a number after such a word is a year, not a house or bib number.</summary>
    private static bool FollowsYearWord(string text, int yearStart)
    {
        var end = yearStart - 1;
        if (end < 1 || text[end] != ' ')
        {
            return false;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < 6)
        {
            start--;
        }

        return text.AsSpan(start, end - start) is var word
            && (word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("since", StringComparison.OrdinalIgnoreCase)
                || word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase)
                || word.Equals("circa", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase));
    }

    private static int SentenceBound(string text, int from, int step)
    {
        var i = from;
        for (var n = 0; n < YearWindow; n++, i += step)
        {
            if (i <= 0 || i >= text.Length)
            {
                return Math.Clamp(i, 0, text.Length);
            }

            if (text[i] is '!' or '?' || (text[i] == '.' && i + 1 < text.Length && text[i + 1] == ' ' && (i < 2 || text[i - 2] != ' ')))
            {
                return step < 0 ? i + 1 : i;
            }
        }

        return Math.Clamp(i, 0, text.Length);
    }
}
