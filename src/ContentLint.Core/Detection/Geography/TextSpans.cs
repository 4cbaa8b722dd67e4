namespace ContentLint.Core.Detection.Geography;

/// <summary>Small, bounded text walks shared by the geography and date detectors (words, sentences).</summary>
internal static class TextSpans
{
    /// <summary>How far a sentence is followed in either direction: keeps every context check bounded.</summary>
    public const int MaxSentence = 300;

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

    /// <summary>The start of the sentence holding <paramref name="position"/>, at most <see cref="MaxSentence"/> back.</summary>
    public static int SentenceStart(string text, int position)
    {
        var limit = Math.Max(0, position - MaxSentence);
        for (var i = Math.Min(position, text.Length) - 1; i > limit; i--)
        {
            if (IsBoundary(text, i))
            {
                return i + 1;
            }
        }

        return limit;
    }

    /// <summary>The end of the sentence holding <paramref name="position"/>, at most <see cref="MaxSentence"/> ahead.</summary>
    public static int SentenceEnd(string text, int position)
    {
        var limit = Math.Min(text.Length, position + MaxSentence);
        for (var i = position; i < limit; i++)
        {
            if (IsBoundary(text, i))
            {
                return i + 1;
            }
        }

        return limit;
    }

    /// <summary>A sentence ends at . ! ? followed by white space (not after an initial or a title), or at a blank line.</summary>
    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        if (c == '\n')
        {
            return i + 1 < text.Length && text[i + 1] == '\n';
        }

        if (c is not ('.' or '!' or '?') || i + 1 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        if (c != '.')
        {
            return true;
        }

        // Titles and initials are short: looking further back than that would make long words quadratic.
        var wordStart = i;
        while (wordStart > 0 && i - wordStart < 4 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        if (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            return true;
        }

        return !(word.Length == 1 && char.IsUpper(word[0])) && !IsTitle(word);
    }

    private static bool IsTitle(ReadOnlySpan<char> word) =>
        word.Equals("Dr", StringComparison.Ordinal) || word.Equals("Mr", StringComparison.Ordinal)
        || word.Equals("Mrs", StringComparison.Ordinal) || word.Equals("Ms", StringComparison.Ordinal)
        || word.Equals("St", StringComparison.Ordinal) || word.Equals("No", StringComparison.Ordinal)
        || word.Equals("Mt", StringComparison.Ordinal) || word.Equals("Ft", StringComparison.Ordinal);

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
