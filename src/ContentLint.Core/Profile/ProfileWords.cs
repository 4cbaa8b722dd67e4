namespace ContentLint.Core.Profile;

/// <summary>
/// Texts and vocabulary phrases as lower-case words, so that "Patient Stories", "patient_stories" and
/// "patient-stories-2024" all hold the phrase "patient stories" (rules/page-kinds.yml).
/// </summary>
internal static class ProfileWords
{
    /// <summary>The lower-case words of <paramref name="text"/>: runs of letters and digits.</summary>
    public static string[] Split(string text) => [.. Words(text)];

    /// <summary>The words of <see cref="Split"/> one by one, so that a reader can stop early in a long text.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>True when the words of <paramref name="phrase"/> stand in <paramref name="words"/> from <paramref name="start"/> on.</summary>
    public static bool StandsAt(IReadOnlyList<string> words, int start, IReadOnlyList<string> phrase)
    {
        if (start + phrase.Count > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Count; k++)
        {
            if (!string.Equals(words[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
