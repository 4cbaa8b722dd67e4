namespace ContentLint.Core.Detection.Geography;

/// <summary>Small, bounded text walks shared by the geography and date detectors (words; sentences are Text/Sentences).</summary>
internal static class TextSpans
{
    /// <summary>The end (exclusive) of the word starting at <paramref name="start"/>: letters, digits, and ' ’ - between letters.</summary>
    public static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '\'' or '\u2019' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>True when <paramref name="text"/>[<paramref name="start"/>..] begins with a capitalized word (not all capitals).</summary>
    public static bool IsCapitalizedWord(string text, int start, int end) =>
        end - start >= 2 && char.IsUpper(text[start]) && HasLower(text, start + 1, end);

    private static bool HasLower(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
