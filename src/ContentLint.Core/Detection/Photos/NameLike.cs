namespace ContentLint.Core.Detection.Photos;

/// <summary>A capitalized word inside alt text that is not its first word and not a title's name ("with Dr. Whitfield").</summary>
internal static class NameLike
{
    public static bool Find(string text, IReadOnlyList<string> titles)
    {
        var words = Context.HealthWordForms.Words(text, 0, text.Length);
        for (var i = 1; i < words.Count; i++)
        {
            var word = text.AsSpan(words[i].Start, words[i].Length);
            var previous = text.AsSpan(words[i - 1].Start, words[i - 1].Length);
            var afterSentence = text.AsSpan(words[i - 1].Start + words[i - 1].Length, words[i].Start - words[i - 1].Start - words[i - 1].Length).ContainsAny('.', ':');
            if (word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]) && !IsTitle(previous, titles)
                && (!afterSentence || previous.EndsWith("'s", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        // "Mike's face": a capitalized possessive as the first word.
        return words.Count > 0 && text.AsSpan(words[0].Start, words[0].Length) is var first
            && first.Length > 3 && char.IsUpper(first[0]) && (first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("\u2019s", StringComparison.Ordinal));
    }

    private static bool IsTitle(ReadOnlySpan<char> word, IReadOnlyList<string> titles)
    {
        foreach (var title in titles)
        {
            if (word.Equals(title.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
