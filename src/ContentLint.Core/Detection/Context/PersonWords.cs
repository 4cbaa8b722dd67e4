namespace ContentLint.Core.Detection.Context;

/// <summary>Words that tie a sentence to one person: personal pronouns and possessives ("his", "her", "my").</summary>
internal static class PersonWords
{
    // "your" and "you" address any reader and "we/our" the practice: neither points at a patient.
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "his", "her", "him", "hers", "himself", "herself", "i", "my", "me", "mine", "myself", "whose",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> holds a personal pronoun.</summary>
    public static bool HasPronoun(string text, int start, int end)
    {
        foreach (var word in HealthWordForms.Words(text, start, end))
        {
            if (IsPronoun(text.AsSpan(word.Start, word.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a personal pronoun or possessive, in any case (also "I'm", "I've").</summary>
    public static bool IsPronoun(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '\u2019');
        var head = apostrophe > 0 ? word[..apostrophe] : word;
        return PronounLookup.Contains(head);
    }
}
