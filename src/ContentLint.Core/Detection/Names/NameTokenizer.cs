namespace ContentLint.Core.Detection.Names;

/// <summary>Splits text into words (letters with inner apostrophes and hyphens) in one linear pass.</summary>
internal static class NameTokenizer
{
    /// <summary>Longer "words" are never names (base64, glued URLs): skipped without folding.</summary>
    internal const int MaxWordLength = 40;

    /// <summary>
    /// The ASCII characters other than A-Z: a capitalized word starts at none of them, so a vectorized search for
    /// anything else finds every candidate (non-ASCII characters are then checked one by one).
    /// </summary>
    internal static readonly System.Buffers.SearchValues<char> AsciiNotUpper = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterUpper(c))));

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
    /// <paramref name="keys"/> every token gets its key. With <paramref name="keys"/> only the capitalized words get
    /// one, from the cache (the finder looks up every one of them); the others, most words of a page, keep
    /// <see cref="NotFolded"/> and <see cref="NameSpanFinder"/> folds the few it looks at (cues, "and", place
    /// prepositions, speech verbs and eponym nouns next to a possible name) with <see cref="FoldAt"/>. The detector
    /// uses <see cref="NameWindowTokenizer"/>, which makes the same tokens less those the finder never reaches.
    /// </summary>
    public static void Tokenize(string text, List<NameToken> tokens, NameKeyCache? keys)
    {
        tokens.Clear();
        var i = 0;
        while (NextWord(text, ref i, out var start, out var end, out var possessive))
        {
            Classify(text, start, end, out var capitalized, out var initial);
            var word = text.AsSpan(start, end - start);
            if (keys is null)
            {
                tokens.Add(new NameToken(start, end, NameText.Fold(word), capitalized, initial, possessive));
                continue;
            }

            tokens.Add(new NameToken(start, end, capitalized ? keys.Fold(word) : NotFolded, capitalized, initial, possessive));
        }
    }

    /// <summary>
    /// Whether the word from <paramref name="start"/> to <paramref name="end"/> is capitalized (starts upper-case and
    /// has a lower-case letter, or is an initial) and whether it is an initial (one upper-case letter and a dot).
    /// </summary>
    public static void Classify(string text, int start, int end, out bool capitalized, out bool initial)
    {
        // Most words are lower-case: the letters after the first are looked at only for an upper-case one.
        var upper = IsUpper(text[start]);
        var hasLower = upper && HasLowerAfterFirst(text, start, end);
        initial = upper && end - start == 1 && end < text.Length && text[end] == '.';
        capitalized = upper && (hasLower || initial);
    }

    /// <summary>
    /// Gives the token at <paramref name="index"/> its key if the tokenizer left it unfolded (nothing when
    /// <paramref name="keys"/> is null: the tokens were made with every key, or when the index is out of range).
    /// </summary>
    public static void FoldAt(string text, List<NameToken> tokens, int index, NameKeyCache? keys)
    {
        if (keys is not null && (uint)index < (uint)tokens.Count && ReferenceEquals(tokens[index].Key, NotFolded))
        {
            var token = tokens[index];
            tokens[index] = token with { Key = keys.Fold(text.AsSpan(token.Start, token.End - token.Start)) };
        }
    }

    /// <summary>
    /// The next word at or after <paramref name="position"/> (the same words <see cref="Tokenize(string, List{NameToken}, NameKeyCache?)"/>
    /// makes tokens of), without folding it: callers that need only some keys fold only those. <paramref name="end"/>
    /// excludes a possessive "'s".
    /// </summary>
    public static bool NextWord(string text, ref int position, out int start, out int end, out bool possessive)
    {
        // A local copy of the position: through the ref every step would be a store to the caller's variable.
        var i = position;
        while (i < text.Length)
        {
            if (!IsLetter(text[i]))
            {
                i++;
                continue;
            }

            start = i;
            i++;
            while (i < text.Length)
            {
                var c = text[i];
                if (c < 128)
                {
                    // ASCII: a letter continues the word; of the rest only '-' and '\'' may join two letters.
                    if (char.IsAsciiLetter(c))
                    {
                        i++;
                        continue;
                    }

                    if (c is not ('-' or '\''))
                    {
                        break;
                    }
                }
                else if (char.IsLetter(c))
                {
                    i++;
                    continue;
                }
                else if (!(c == '\u2019' || (c >= '\u0300' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)))
                {
                    break;
                }

                // A joiner (hyphen, apostrophe, combining mark) stays in the word only between two letters.
                if (i + 1 < text.Length && IsLetter(text[i + 1]) && IsLetter(text[i - 1]))
                {
                    i++;
                    continue;
                }

                break;
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
                position = i;
                return true;
            }
        }

        position = i;
        start = end = 0;
        possessive = false;
        return false;
    }

    /// <summary>
    /// True for a capitalized word that is not an initial: it starts upper-case and has a lower-case letter after
    /// (an initial is one letter, so it has none).
    /// </summary>
    public static bool IsCapitalizedWord(string text, int start, int end) =>
        IsUpper(text[start]) && HasLowerAfterFirst(text, start, end);

    private static bool HasLowerAfterFirst(string text, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (IsLower(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    // The char methods with their ASCII case inlined: in the Native AOT build they are calls, made for every character.
    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    private static bool IsUpper(char c) => c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    private static bool IsLower(char c) => c < 128 ? char.IsAsciiLetterLower(c) : char.IsLower(c);
}
