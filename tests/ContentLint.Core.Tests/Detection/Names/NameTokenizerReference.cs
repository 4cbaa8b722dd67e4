using ContentLint.Core.Detection.Names;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>
/// The tokenizer as it was before its ASCII fast paths (char.IsLetter/IsUpper/IsLower for every character), kept
/// only to check that the fast version makes exactly the same tokens.
/// </summary>
internal static class NameTokenizerReference
{
    private const int MaxWordLength = 40;

    public static List<NameToken> Tokenize(string text)
    {
        var tokens = new List<NameToken>();
        var i = 0;
        while (NextWord(text, ref i, out var start, out var end, out var possessive))
        {
            var upper = char.IsUpper(text[start]);
            var hasLower = HasLowerAfterFirst(text, start, end);
            var initial = upper && end - start == 1 && end < text.Length && text[end] == '.';
            var capitalized = upper && (hasLower || initial);
            tokens.Add(new NameToken(start, end, NameText.Fold(text.AsSpan(start, end - start)), capitalized, initial, possessive));
        }

        return tokens;
    }

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
                possessive = true;
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

    private static bool IsInnerJoiner(string text, int i) =>
        (text[i] == '-' || NameText.IsApostrophe(text[i])
            || (text[i] >= '\u0300' && char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);
}
