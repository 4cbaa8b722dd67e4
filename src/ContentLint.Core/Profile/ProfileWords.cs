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

    /// <summary>True when the words of <paramref name="phrase"/> appear together and in order in <paramref name="words"/>.</summary>
    public static bool Contains(IReadOnlyList<string> words, IReadOnlyList<string> phrase)
    {
        for (var start = 0; start + phrase.Count <= words.Count; start++)
        {
            var all = phrase.Count > 0;
            for (var k = 0; k < phrase.Count && all; k++)
            {
                all = string.Equals(words[start + k], phrase[k], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first phrase of <paramref name="phrases"/> that <paramref name="words"/> hold, or null.</summary>
    public static Phrase? FirstIn(IReadOnlyList<string> words, IReadOnlyList<Phrase> phrases)
    {
        // Every heading of every page is held against every phrase of every kind: most phrases start with a word the
        // text lacks, which one look-up in a set of its words rules out (the full comparison cost a twentieth of a
        // site scan; docs/performance.md, issue 18).
        var present = words.Count <= 4 ? null : new HashSet<string>(words, StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            if (present is not null && phrase.Words.Count > 0 && !present.Contains(phrase.Words[0]))
            {
                continue;
            }

            if (Contains(words, phrase.Words))
            {
                return phrase;
            }
        }

        return null;
    }
}
