namespace ContentLint.Core.Detection.Photos;

/// <summary>A capitalized word inside alt text that is not its first word and not a title's name ("with Dr. Whitfield").</summary>
internal static class NameLike
{
    /// <summary>Looks in the first <paramref name="length"/> characters of <paramref name="text"/> only, as if they were all of it.</summary>
    public static bool Find(string text, int length, IReadOnlyList<string> titles)
    {
        var words = Context.HealthWordForms.Words(text, 0, length);
        if (!words.MoveNext())
        {
            return false;
        }

        var first = words.Current;
        var before = first;
        while (words.MoveNext())
        {
            var current = words.Current;
            var word = text.AsSpan(current.Start, current.Length);
            var previous = text.AsSpan(before.Start, before.Length);
            var afterSentence = text.AsSpan(before.Start + before.Length, current.Start - before.Start - before.Length).ContainsAny('.', ':');
            if (word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]) && !IsTitle(previous, titles) && !IsTitle(word, titles)
                && (!afterSentence || previous.EndsWith("'s", StringComparison.Ordinal)))
            {
                return true;
            }

            before = current;
        }

        // "Ravi's face": a capitalized possessive as the first word.
        var firstWord = text.AsSpan(first.Start, first.Length);
        return firstWord.Length > 3 && char.IsUpper(firstWord[0]) && (firstWord.EndsWith("'s", StringComparison.Ordinal) || firstWord.EndsWith("\u2019s", StringComparison.Ordinal));
    }

    private static bool IsTitle(ReadOnlySpan<char> word, IReadOnlyList<string> titles)
    {
        foreach (var title in titles)
        {
            if (word.Equals(title.AsSpan().TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
