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
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || IsInnerJoiner(text, i)))
            {
                i++;
            }

            var end = i;
            var possessive = end - start > 2 && NameText.IsApostrophe(text[end - 2]) && text[end - 1] is 's' or 'S';
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
                tokens.Add(Create(text, start, end, possessive, keys));
            }
        }
    }

    private static bool IsInnerJoiner(string text, int i) =>
        (text[i] == '-' || NameText.IsApostrophe(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)
        && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    private static NameToken Create(string text, int start, int end, bool possessive, NameKeyCache? keys)
    {
        var word = text.AsSpan(start, end - start);
        var upper = char.IsUpper(word[0]);
        var hasLower = false;
        foreach (var c in word[1..])
        {
            hasLower |= char.IsLower(c);
        }

        var initial = upper && word.Length == 1 && end < text.Length && text[end] == '.';
        return new NameToken(start, end, keys is null ? NameText.Fold(word) : keys.Fold(word), upper && (hasLower || initial), initial, possessive);
    }
}
