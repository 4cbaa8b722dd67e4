namespace ContentLint.Core.Detection.Names;

/// <summary>Splits text into words (letters with inner apostrophes and hyphens) in one linear pass.</summary>
internal static class NameTokenizer
{
    /// <summary>Longer "words" are never names (base64, glued URLs): skipped without folding.</summary>
    private const int MaxWordLength = 40;

    public static List<NameToken> Tokenize(string text)
    {
        var tokens = new List<NameToken>();
        Tokenize(text, tokens, null);
        return tokens;
    }

    /// <summary>Replaces the contents of <paramref name="tokens"/> with the words of <paramref name="text"/>; keys come from <paramref name="keys"/> when given.</summary>
    public static void Tokenize(string text, List<NameToken> tokens, NameKeyCache? keys)
    {
        tokens.Clear();
        var i = 0;
        while (NextWord(text, ref i, out var start, out var end, out var possessive))
        {
            var upper = char.IsUpper(text[start]);
            var hasLower = HasLowerAfterFirst(text, start, end);
            var initial = upper && end - start == 1 && end < text.Length && text[end] == '.';
            var word = text.AsSpan(start, end - start);
            tokens.Add(new NameToken(start, end, keys is null ? NameText.Fold(word) : keys.Fold(word), upper && (hasLower || initial), initial, possessive));
        }
    }

    /// <summary>
    /// The next word at or after <paramref name="i"/> (the same words <see cref="Tokenize(string, List{NameToken}, NameKeyCache?)"/>
    /// makes tokens of), without folding it: callers that need only some keys fold only those. <paramref name="end"/>
    /// excludes a possessive "'s".
    /// </summary>
    public static bool NextWord(string text, ref int i, out int start, out int end, out bool possessive)
    {
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || IsInnerJoiner(text, i)))
            {
                i++;
            }

            end = i;
            possessive = end - start > 2 && NameText.IsApostrophe(text[end - 2]) && text[end - 1] is 's' or 'S';
            if (possessive)
            {
                end -= 2;
            }
            else if (i < text.Length && NameText.IsApostrophe(text[i]) && end - start > 1 && text[end - 1] is 's' or 'S')
            {
                possessive = true; // plural possessive "the Kowalczyks' visit"
            }

            if (end - start <= MaxWordLength)
            {
                return true;
            }
        }

        start = end = 0;
        possessive = false;
        return false;
    }

    /// <summary>
    /// True for a capitalized word that is not an initial: it starts upper-case and has a lower-case letter after
    /// (an initial is one letter, so it has none).
    /// </summary>
    public static bool IsCapitalizedWord(string text, int start, int end) =>
        char.IsUpper(text[start]) && HasLowerAfterFirst(text, start, end);

    private static bool HasLowerAfterFirst(string text, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (char.IsLower(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>No combining mark lies below U+0300: the category look-up is skipped for the spaces after most words.</summary>
    private static bool IsInnerJoiner(string text, int i) =>
        (text[i] == '-' || NameText.IsApostrophe(text[i])
            || (text[i] >= '\u0300' && char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);
}
