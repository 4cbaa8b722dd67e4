namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// Ages over 89 said as a bare number of one person (<see cref="AgeScanner"/> finds those with a unit or an age word):
/// "she's 94 and ...", "Edna is 96.", "He is now 91 and ...", "I'm 93," and "at 92 he still ...". The subject must be
/// a personal pronoun, a relative or patient word, or a capitalized word that is no pronoun of a thing ("It was 95
/// outside" is weather), and the number must end its clause (a stop or "and"/"but"): "92 percent", "95 kilograms" and
/// "94 on the test" are measurements.
/// </summary>
internal static class SpokenAgeScanner
{
    private static readonly string[] Verbs = ["is", "was", "am", "'s", "\u2019s", "'m", "\u2019m"];

    private static readonly string[] Adverbs = ["now", "nearly", "almost", "just", "already", "still", "only"];

    private static readonly HashSet<string> PersonSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "i", "mother", "father", "mom", "mum", "dad", "grandmother", "grandfather", "grandma", "grandpa",
        "granny", "husband", "wife", "aunt", "uncle", "patient",
    };

    private static readonly HashSet<string> ThingSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "this", "that", "there", "here", "what", "which", "who", "each", "one", "mine", "yours", "today", "everything",
    };

    private static readonly string[] ClauseEnds = [" and ", " but ", " yet ", " when ", " now", " today", " this year"];

    private static readonly string[] SubjectPronouns = ["he ", "she ", "He ", "She ", "I "];

    /// <summary>Adds the spoken ages over 89 in <paramref name="text"/> to <paramref name="found"/> (the number's span).</summary>
    public static void Find(string text, List<(int Start, int End)> found)
    {
        var span = text.AsSpan();
        for (var offset = 0; TextChecks.NextDigitRun(span, offset, out var start, out var end); offset = end)
        {
            if (end - start is not (2 or 3) || AgeScanner.Value(span[start..end]) is < AgeScanner.MinAge or > AgeScanner.MaxAge)
            {
                continue;
            }

            if ((IsAfterPersonVerb(text, start) && EndsClause(text, end)) || IsAtAgeBeforeSubject(text, start, end))
            {
                found.Add((start, end));
            }
        }
    }

    /// <summary>"she's 94", "Edna is now 96", "my grandmother was 95": the subject and its verb right before the number.</summary>
    private static bool IsAfterPersonVerb(string text, int numberStart)
    {
        var p = SkipSpacesBack(text, numberStart);
        if (p == numberStart)
        {
            return false;
        }

        var wordStart = WordStartBack(text, p);
        if (Adverbs.Contains(text[wordStart..p], StringComparer.Ordinal))
        {
            p = SkipSpacesBack(text, wordStart);
            wordStart = WordStartBack(text, p);
        }

        foreach (var verb in Verbs)
        {
            var verbStart = p - verb.Length;
            if (verbStart <= 0 || !text.AsSpan(verbStart, verb.Length).SequenceEqual(verb))
            {
                continue;
            }

            var subjectEnd = verb[0] is '\'' or '\u2019' ? verbStart : SkipSpacesBack(text, verbStart);
            if (verb[0] is not ('\'' or '\u2019') && (subjectEnd == verbStart || char.IsLetter(text[verbStart - 1])))
            {
                continue;
            }

            var subjectStart = WordStartBack(text, subjectEnd);
            return subjectStart < subjectEnd && IsPersonSubject(text.AsSpan(subjectStart, subjectEnd - subjectStart));
        }

        return false;
    }

    private static bool IsPersonSubject(ReadOnlySpan<char> word)
    {
        var lookup = PersonSubjects.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return true;
        }

        return word.Length >= 2 && char.IsUpper(word[0]) && char.IsLower(word[1])
            && !ThingSubjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>"… 94.", "… 94, and", "… 94 and still …": the number closes what is said of the person.</summary>
    private static bool EndsClause(string text, int end)
    {
        if (end == text.Length || text[end] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\n' or '\u2014' or '\u2013')
        {
            return end == text.Length || text[end] != '.' || end + 1 >= text.Length || !char.IsAsciiDigit(text[end + 1]);
        }

        var rest = text.AsSpan(end);
        foreach (var clauseEnd in ClauseEnds)
        {
            if (rest.StartsWith(clauseEnd, StringComparison.Ordinal)
                && (rest.Length == clauseEnd.Length || !char.IsLetter(rest[clauseEnd.Length]) || clauseEnd[^1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"at 92 he still walks": an age phrase that opens a clause with its subject pronoun after it.</summary>
    private static bool IsAtAgeBeforeSubject(string text, int start, int end)
    {
        var p = SkipSpacesBack(text, start);
        if (p == start || p < 2 || !(text.AsSpan(p - 2, 2) is "at" or "At") || (p > 2 && char.IsLetter(text[p - 3])))
        {
            return false;
        }

        if (end >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var rest = text.AsSpan(end + 1);
        foreach (var pronoun in SubjectPronouns)
        {
            if (rest.StartsWith(pronoun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpacesBack(string text, int p)
    {
        while (p > 0 && text[p - 1] == ' ')
        {
            p--;
        }

        return p;
    }

    private static int WordStartBack(string text, int p)
    {
        while (p > 0 && char.IsLetter(text[p - 1]))
        {
            p--;
        }

        return p;
    }
}
