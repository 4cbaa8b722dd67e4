namespace ContentLint.Core.Profile;

/// <summary>The <c>records</c> section of rules/page-kinds.yml: keys that make a record a story, rate it, hold its text, or describe staff.</summary>
internal sealed record RecordKeys(PhraseList Story, PhraseList Rating, PhraseList Text, PhraseList Staff, PhraseList Patient)
{
    public static RecordKeys Empty { get; } = new(new([]), new([]), new([]), new([]), new([]));

    /// <summary>True when <paramref name="list"/> holds the whole key or its last word ("reviewText" matches "review"; "reviewCount" does not).</summary>
    public static bool Matches(PhraseList list, string[] keyWords)
    {
        if (keyWords.Length == 0)
        {
            return false;
        }

        foreach (var phrase in list.Phrases)
        {
            if (phrase.Words.SequenceEqual(keyWords) || (phrase.Words.Count == 1 && phrase.Words[0] == keyWords[^1]))
            {
                return true;
            }
        }

        return false;
    }
}
