namespace ContentLint.Core.Detection.Names;

/// <summary>Collects runs of capitalized words that may form one name ("Walter P. Sims", "John \"Doc\" Holliday").</summary>
internal static class NameRun
{
    /// <summary>No name has more words than this: bounds the work per run.</summary>
    public const int MaxTokens = 5;

    /// <summary>The index after the last token of the run that starts at <paramref name="first"/>.</summary>
    public static int End(string text, List<NameToken> tokens, int first)
    {
        var end = first + 1;
        while (end < tokens.Count && end - first < MaxTokens && !tokens[end - 1].IsPossessive
            && tokens[end].IsCapitalized && IsNameGap(text, tokens[end - 1].SpanEnd, tokens[end].Start))
        {
            end++;
        }

        return end;
    }

    /// <summary>Spaces, one soft line break, or the quotes of a nickname; never a comma or a sentence end.</summary>
    public static bool IsNameGap(string text, int from, int to)
    {
        if (to - from is < 1 or > 4)
        {
            return false;
        }

        var newlines = 0;
        var spaces = 0;
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case ' ' or '\t' or '\u00A0':
                    spaces++;
                    break;
                case '\n':
                    newlines++;
                    break;
                case '"' or '\u201C' or '\u201D':
                    break;
                case '\r':
                    break;
                default:
                    return false;
            }
        }

        return newlines <= 1 && spaces + newlines >= 1;
    }

    /// <summary>A title followed by its name: "Mr. Feng", "Dr Lopez".</summary>
    public static bool IsTitleGap(string text, int from, int to)
    {
        if (from < text.Length && text[from] == '.')
        {
            from++;
        }

        return IsNameGap(text, from, to);
    }
}
