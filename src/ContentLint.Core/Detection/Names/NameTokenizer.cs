namespace ContentLint.Core.Detection.Names;

/// <summary>Splits text into words (letters with inner apostrophes and hyphens) in one linear pass.</summary>
internal static class NameTokenizer
{
    /// <summary>Longer "words" are never names (base64, glued URLs): skipped without folding.</summary>
    private const int MaxWordLength = 40;

    /// <summary>The key of a token whose key no look-up needs (the detector's pass folds only the keys it looks up).</summary>
    internal static readonly string NotFolded = "\0";

    public static List<NameToken> Tokenize(string text)
    {
        var tokens = new List<NameToken>();
        Tokenize(text, tokens, null);
        return tokens;
    }

    /// <summary>
    /// Replaces the contents of <paramref name="tokens"/> with the words of <paramref name="text"/>. Without
    /// <paramref name="keys"/> every token gets its key. With <paramref name="keys"/> (the detector's pass) only the
    /// tokens <see cref="NameSpanFinder"/> looks up get one, from the cache: capitalized words, the two words before
    /// each (cues, "and", place prepositions) and the word after each (speech verbs, eponym nouns). The others, most
    /// words of a page, keep <see cref="NotFolded"/>.
    /// </summary>
    public static void Tokenize(string text, List<NameToken> tokens, NameKeyCache? keys)
    {
        tokens.Clear();
        var i = 0;
        while (NextWord(text, ref i, out var start, out var end, out var possessive))
        {
            var upper = char.IsUpper(text[start]);
            var hasLower = HasLowerAfterFirst(text, start, end);
            var initial = upper && end - start == 1 && end < text.Length && text[end] == '.';
            var capitalized = upper && (hasLower || initial);
            var word = text.AsSpan(start, end - start);
            if (keys is null)
            {
                tokens.Add(new NameToken(start, end, NameText.Fold(word), capitalized, initial, possessive));
                continue;
            }

            var count = tokens.Count;
            if (capitalized)
            {
                FoldAt(text, tokens, count - 1, keys);
                FoldAt(text, tokens, count - 2, keys);
            }

            var needed = capitalized || (count > 0 && tokens[count - 1].IsCapitalized);
            tokens.Add(new NameToken(start, end, needed ? keys.Fold(word) : NotFolded, capitalized, initial, possessive));
        }
    }

    private static void FoldAt(string text, List<NameToken> tokens, int index, NameKeyCache keys)
    {
        if (index >= 0 && ReferenceEquals(tokens[index].Key, NotFolded))
        {
            var token = tokens[index];
            tokens[index] = token with { Key = keys.Fold(text.AsSpan(token.Start, token.End - token.Start)) };
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
