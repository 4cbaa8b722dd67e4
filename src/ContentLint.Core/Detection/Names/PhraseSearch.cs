namespace ContentLint.Core.Detection.Names;

/// <summary>Whether one of a list of phrases stands as whole words in a span of text (case ignored).</summary>
internal static class PhraseSearch
{
    public static bool ContainsAny(ReadOnlySpan<char> span, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var rest = span;
            var offset = 0;
            while (rest.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            {
                var start = offset + at;
                var end = start + phrase.Length;
                if ((end == span.Length || !char.IsLetter(span[end])) && (start == 0 || !char.IsLetter(span[start - 1])))
                {
                    return true;
                }

                offset = start + 1;
                rest = span[offset..];
            }
        }

        return false;
    }
}
