namespace ContentLint.Core.Profile;

/// <summary>A vocabulary entry of rules/page-kinds.yml: its words, and its text as evidence shows it.</summary>
internal sealed record Phrase(IReadOnlyList<string> Words)
{
    public static Phrase Of(string text) => new(ProfileWords.Split(text));

    /// <summary>The phrase as the data spells it, words joined by spaces: safe to print (it is data, not page text).</summary>
    public override string ToString() => string.Join(' ', Words);
}
