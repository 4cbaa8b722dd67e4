namespace ContentLint.Core.Detection.Names;

/// <summary>Collects runs of capitalized words that may form one name ("Edgar L. Poole", "John \"Doc\" Holliday").</summary>
internal static class NameRun
{
    /// <summary>No name has more words than this: bounds the work per run.</summary>
    public const int MaxTokens = 5;

    /// <summary>The index after the last token of the run that starts at <paramref name="first"/>.</summary>
    public static int End(string text, List<NameToken> tokens, int first)
    {
        var end = first + 1;
        while (end < tokens.Count && end - first < MaxTokens && !tokens[end - 1].IsPossessive
            && IsNameGap(text, tokens[end - 1].SpanEnd, tokens[end].Start))
        {
            if (tokens[end].IsCapitalized)
            {
                end++;
            }
            else if (ParticlesBefore(text, tokens, end) is var particles and > 0 && end + particles - first < MaxTokens)
            {
                end += particles + 1; // "María de la Cruz", "Ahmed bin Said": the particles and the word after them
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// The number of lower-case name particles ("de", "la", "van", "bin") from <paramref name="index"/> on that are
    /// followed by a capitalized word, or 0. At most two ("de la", "van der").
    /// </summary>
    private static int ParticlesBefore(string text, List<NameToken> tokens, int index)
    {
        var k = index;
        while (k < tokens.Count && k - index < 2 && !tokens[k].IsCapitalized && IsParticle(text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start)))
        {
            k++;
            if (k < tokens.Count && tokens[k].IsCapitalized && IsNameGap(text, tokens[k - 1].End, tokens[k].Start))
            {
                return k - index;
            }

            if (k >= tokens.Count || !IsNameGap(text, tokens[k - 1].End, tokens[k].Start))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>Lower-case words that join the parts of a name in many languages.</summary>
    internal static bool IsParticle(ReadOnlySpan<char> word) => word is "de" or "del" or "della" or "la" or "le" or "van" or "von"
        or "der" or "den" or "ter" or "ten" or "da" or "di" or "dos" or "das" or "du" or "bin" or "binti" or "bint" or "ibn"
        or "al" or "el";

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
