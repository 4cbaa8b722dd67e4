namespace ContentLint.Core.Detection.Identifiers;

/// <summary>Bounded look-behind within one sentence, so a cue in an earlier sentence never speaks for a value.</summary>
internal static class SentenceWindow
{
    /// <summary>Where the sentence containing <paramref name="position"/> starts, looking back at most <paramref name="maxBack"/> characters.</summary>
    public static int Start(string text, int position, int maxBack)
    {
        var limit = Math.Max(0, position - maxBack);
        for (var i = position - 1; i > limit; i--)
        {
            var c = text[i];
            if (c == '\n' && text[i - 1] == '\n')
            {
                return i + 1;
            }

            if (c is ' ' or '\n' && text[i - 1] is '.' or '!' or '?' or '|' && !IsAbbreviation(text, i - 1))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>True when a cue of <paramref name="cues"/> stands in the sentence before <paramref name="position"/>.</summary>
    public static int LastCueEnd(CueWords cues, string text, int position, int maxBack) =>
        cues.LastEnd(text, Start(text, position, maxBack), position);

    /// <summary>"Dr.", "no.", "Mr." and single initials do not end a sentence.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && dot - start < 4 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var length = dot - start;
        return text[dot] == '.' && (length == 1 || (length is 2 or 3 && char.IsUpper(text[start])) || text.AsSpan(start, length).Equals("no", StringComparison.OrdinalIgnoreCase));
    }
}
