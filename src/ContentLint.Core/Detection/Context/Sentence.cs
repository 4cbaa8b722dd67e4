namespace ContentLint.Core.Detection.Context;

/// <summary>The sentence around a match, found in a bounded window so that each lookup stays linear in its reach.</summary>
internal static class Sentence
{
    /// <summary>The bounds [Start, End) of the sentence holding [<paramref name="start"/>, <paramref name="end"/>), at most <paramref name="reach"/> characters out on each side.</summary>
    public static (int Start, int End) Around(string text, int start, int end, int reach)
    {
        ArgumentNullException.ThrowIfNull(text);
        var from = Math.Max(0, start - reach);
        var sentenceStart = start;
        while (sentenceStart > from && !EndsSentence(text, sentenceStart - 1))
        {
            sentenceStart--;
        }

        var to = Math.Min(text.Length, end + reach);
        var sentenceEnd = end;
        while (sentenceEnd < to && !EndsSentence(text, sentenceEnd))
        {
            sentenceEnd++;
        }

        return (sentenceStart, sentenceEnd);
    }

    /// <summary>A '.', '!' or '?' before white space, or a blank line (a paragraph break inside one segment).</summary>
    private static bool EndsSentence(string text, int i) =>
        (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == '*'))
        || (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n');
}
