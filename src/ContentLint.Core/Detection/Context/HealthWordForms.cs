namespace ContentLint.Core.Detection.Context;

/// <summary>Word splitting for <see cref="HealthVocabulary"/>.</summary>
internal static class HealthWordForms
{
    /// <summary>The words of <paramref name="text"/>[<paramref name="from"/>, <paramref name="to"/>): letters and digits, with inner ' ’ - kept ("x-ray", "crohn's").</summary>
    public static List<(int Start, int Length)> Words(string text, int from, int to)
    {
        var words = new List<(int Start, int Length)>();
        var i = from;
        // A word cut by the window's left edge is not a word of the window.
        while (i < to && i > 0 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        while (i < to)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < to && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < to && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            words.Add((start, i - start));
        }

        return words;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';
}
