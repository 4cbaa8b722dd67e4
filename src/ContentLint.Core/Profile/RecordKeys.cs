namespace ContentLint.Core.Profile;

/// <summary>The <c>records</c> section of rules/page-kinds.yml: keys that make a record a story, hold its text, or describe staff.</summary>
internal sealed record RecordKeys(PhraseList Story, PhraseList Text, PhraseList Staff)
{
    public static RecordKeys Empty { get; } = new(new([]), new([]), new([]));
}
