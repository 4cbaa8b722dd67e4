using ContentLint.Core.Detection.Context;

namespace ContentLint.Core.Tests.Detection.Context;

/// <summary>
/// The list-building word splitting and its callers as they were before <see cref="WordWalk"/>, kept as the
/// reference the equivalence tests compare the walking versions with.
/// </summary>
internal static class LegacyWordForms
{
    public static List<(int Start, int Length)> Words(string text, int from, int to)
    {
        var words = new List<(int Start, int Length)>();
        var i = from;
        while (i < to && i > 0 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        while (i < to)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < to && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < to && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            words.Add((start, i - start));
        }

        return words;
    }

    public static bool HasHealthContext(string text, int start, int end, int window)
    {
        var from = Math.Clamp(start - Math.Max(window, 0), 0, text.Length);
        var to = Math.Clamp(end + Math.Max(window, 0), from, text.Length);
        var words = Words(text, from, to);
        Span<char> phrase = stackalloc char[64];
        for (var i = 0; i < words.Count; i++)
        {
            var length = 0;
            for (var k = i; k < words.Count && k < i + 4; k++)
            {
                var word = text.AsSpan(words[k].Start, words[k].Length);
                if (length + word.Length + 1 > 64)
                {
                    break;
                }

                if (k > i)
                {
                    phrase[length++] = ' ';
                }

                word.CopyTo(phrase[length..]);
                length += word.Length;
                if (HealthVocabulary.IsHealthTerm(phrase[..length]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool HasPronoun(string text, int start, int end) =>
        Words(text, start, end).Any(w => PersonWords.IsPronoun(text.AsSpan(w.Start, w.Length)));

    public static bool NameLike(string text, IReadOnlyList<string> titles)
    {
        var words = Words(text, 0, text.Length);
        for (var i = 1; i < words.Count; i++)
        {
            var word = text.AsSpan(words[i].Start, words[i].Length);
            var previous = text.AsSpan(words[i - 1].Start, words[i - 1].Length);
            var afterSentence = text.AsSpan(words[i - 1].Start + words[i - 1].Length, words[i].Start - words[i - 1].Start - words[i - 1].Length).ContainsAny('.', ':');
            // A title is no name itself ("Portrait of Dr. Ruiz"), nor is the word after it.
            if (word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]) && !IsTitle(previous, titles) && !IsTitle(word, titles)
                && (!afterSentence || previous.EndsWith("'s", StringComparison.Ordinal)))
            {
                return true;
            }
        }

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

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';
}
