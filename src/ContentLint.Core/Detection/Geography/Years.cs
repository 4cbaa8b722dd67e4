namespace ContentLint.Core.Detection.Geography;

/// <summary>Year mentions that put a story in history ("in 1776", "the 1920s"): historical people are not patients.</summary>
internal static class Years
{
    /// <summary>The newest year that still counts as history: a patient born later can still be alive.</summary>
    private const int HistoryEnds = 1929;

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) holds a four-digit year from 1000 to 1929.</summary>
    public static bool MentionsDistantPast(string text, int start, int end)
    {
        end = Math.Min(end, text.Length);
        for (var i = Math.Max(0, start); i + 4 <= end; i++)
        {
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1])
                && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) && (i + 4 >= text.Length || !char.IsAsciiDigit(text[i + 4])))
            {
                var year = ((text[i] - '0') * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
                if (year is >= 1000 and <= HistoryEnds)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
