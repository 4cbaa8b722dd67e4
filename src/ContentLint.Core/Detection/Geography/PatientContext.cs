using System.Collections.Frozen;

namespace ContentLint.Core.Detection.Geography;

/// <summary>
/// Whether a stretch of text speaks about one person: singular third-person or first-person pronouns, or the word
/// "patient". "We", "you" and plural groups ("people", "families") are the practice talking to everyone.
/// </summary>
internal static class PatientContext
{
    private static readonly FrozenSet<string> PersonWords = new[]
    {
        "he", "she", "him", "his", "her", "hers", "himself", "herself", "i", "me", "my", "mine", "myself", "i'm", "i've",
        "i'd", "i'll", "he's", "she's", "he'd", "she'd", "patient", "patient's",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) holds a word that refers to one person.</summary>
    public static bool HasPerson(string text, int start, int end)
    {
        var lookup = PersonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = Math.Max(0, start);
        end = Math.Min(end, text.Length);
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordEnd = Math.Min(TextSpans.WordEnd(text, i), end);
            var word = text.AsSpan(i, wordEnd - i);
            // "I" counts only in capitals: a lone lower-case "i" is a list marker or a typo.
            if (lookup.Contains(word) && !(word.Length == 1 && word[0] == 'i'))
            {
                return true;
            }

            i = wordEnd;
        }

        return false;
    }
}
