namespace ContentLint.Core.Detection.Names;

/// <summary>
/// The words right before and after a span of a segment, within its sentence and a bounded window, lower-cased:
/// what the role of a name is judged from ("according to", "et al.", ", a psychologist").
/// </summary>
internal static class NearbyWords
{
    /// <summary>How far out words are looked for: a few words, never the whole segment.</summary>
    private const int Window = 80;

    /// <summary>Up to <paramref name="count"/> words before <paramref name="start"/>, nearest first, not crossing a sentence end.</summary>
    public static List<string> Before(string text, int start, int count)
    {
        var words = new List<string>(count);
        var i = start;
        var limit = Math.Max(0, start - Window);
        while (words.Count < count && i > limit)
        {
            var c = text[i - 1];
            if (c is '!' or '?' || (c == '\n' && !IsWrap(text, i - 1)) || (c == '.' && i >= 3 && char.IsLetter(text[i - 2]) && char.IsLetter(text[i - 3])))
            {
                break; // a sentence end ("Dr." and initials have a short word before the dot)
            }

            if (!char.IsLetter(c))
            {
                i--;
                continue;
            }

            var end = i;
            while (i > limit && (char.IsLetter(text[i - 1]) || text[i - 1] is '\'' or '-'))
            {
                i--;
            }

            words.Add(text[i..end].ToLowerInvariant());
        }

        return words;
    }

    /// <summary>Up to <paramref name="count"/> words after <paramref name="end"/>, in order, not crossing a sentence end or a comma if <paramref name="stopAtComma"/>.</summary>
    public static List<string> After(string text, int end, int count, bool stopAtComma)
    {
        var words = new List<string>(count);
        var i = end;
        var limit = Math.Min(text.Length, end + Window);
        while (words.Count < count && i < limit)
        {
            var c = text[i];
            if (c is '!' or '?' or ';' or ')' || (c == '\n' && !IsWrap(text, i)) || (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) || (stopAtComma && c == ',' && words.Count > 0))
            {
                break;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < limit && (char.IsLetter(text[i]) || text[i] is '-'))
            {
                i++;
            }

            words.Add(text[start..i].ToLowerInvariant());
        }

        return words;
    }

    /// <summary>
    /// The line break at <paramref name="i"/> only wraps a sentence (a hard-wrapped Markdown paragraph, "quarterback\nJo
    /// Reyes"): a letter or comma before it and a letter after it, not a blank line or a list item.
    /// </summary>
    private static bool IsWrap(string text, int i) =>
        i > 0 && i + 1 < text.Length && (char.IsLetter(text[i - 1]) || text[i - 1] == ',') && char.IsLetter(text[i + 1]);

    /// <summary>The text right after <paramref name="end"/> with leading spaces skipped (at most a few).</summary>
    public static ReadOnlySpan<char> Following(string text, int end)
    {
        var i = end;
        while (i < text.Length && i - end < 4 && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        return text.AsSpan(i, Math.Min(text.Length - i, 24));
    }
}
