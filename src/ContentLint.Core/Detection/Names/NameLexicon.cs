using System.Collections.Frozen;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Names;

/// <summary>The word lists of the name rule: dictionaries from rules/dictionaries and cue lists from the catalog, all folded.</summary>
internal sealed class NameLexicon
{
    public NameLexicon(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        // The given names are the keys of GivenBirths (the same file, the same comparer): one frozen table, not two.
        GivenBirths = WordLists.LoadWeighted("given-names.txt");
        Surnames = WordLists.Load("surnames.txt");
        Vetoes = WordLists.Load("name-vetoes.txt");
        Places = WordLists.Load("name-places.txt");
        var famous = WordLists.Load("famous-people.txt");
        FamousNames = famous.Select(n => string.Join(' ', NameTokenizer.Tokenize(n).Where(t => !t.IsInitial).Select(t => t.Key)))
            .ToFrozenSet(StringComparer.Ordinal);
        FamousSurnames = famous.Select(n => NameTokenizer.Tokenize(n)[^1].Key).ToFrozenSet(StringComparer.Ordinal);
        Honorifics = Set(rule, "honorifics");
        ClinicianTitles = Set(rule, "clinicianTitles");
        PublicTitles = Set(rule, "publicTitles");
        RelativeCues = Set(rule, "relativeCues");
        LabelCues = Set(rule, "labelCues");
        SpeechVerbs = Set(rule, "speechVerbs");
        PlaceWords = Set(rule, "placeWords");
        PlacePrepositions = Set(rule, "placePrepositions");
        EponymNouns = Set(rule, "eponymNouns");
        PlaceholderSurnames = Set(rule, "placeholderSurnames");
    }

    /// <summary>Total US births per given name (its keys are the given names): rare "names" (Summit, Shuffle) need a real surname or a cue.</summary>
    public FrozenDictionary<string, long> GivenBirths { get; }

    public FrozenSet<string> Surnames { get; }

    /// <summary>Capitalized words that are names in the dictionaries but usually something else (May, Grace, Georgia, Parkinson).</summary>
    public FrozenSet<string> Vetoes { get; }

    /// <summary>States, cities and countries that are also given names: a name only with a surname or title.</summary>
    public FrozenSet<string> Places { get; }

    /// <summary>Famous and historical people as folded "given surname" keys.</summary>
    public FrozenSet<string> FamousNames { get; }

    public FrozenSet<string> FamousSurnames { get; }

    public FrozenSet<string> Honorifics { get; }

    public FrozenSet<string> ClinicianTitles { get; }

    public FrozenSet<string> PublicTitles { get; }

    public FrozenSet<string> RelativeCues { get; }

    public FrozenSet<string> LabelCues { get; }

    public FrozenSet<string> SpeechVerbs { get; }

    public FrozenSet<string> PlaceWords { get; }

    public FrozenSet<string> PlacePrepositions { get; }

    public FrozenSet<string> EponymNouns { get; }

    public FrozenSet<string> PlaceholderSurnames { get; }

    public bool IsGiven(string key) => GivenBirths.ContainsKey(key) && !Vetoes.Contains(key);

    /// <summary>A given name common enough to lead a name whose second word no dictionary knows ("Tom Reinholt").</summary>
    public bool IsCommonGiven(string key) => GivenBirths.TryGetValue(key, out var births) && births >= CommonBirths;

    /// <summary>About the 8,000 most frequent given names of the SSA data.</summary>
    private const long CommonBirths = 2000;

    public bool IsSurname(string key) => (Surnames.Contains(key) || GivenBirths.ContainsKey(key)) && !Vetoes.Contains(key);

    private static FrozenSet<string> Set(RuleDefinition rule, string key) =>
        rule.GetList(key).Select(w => NameText.Fold(w.AsSpan().Trim())).ToFrozenSet(StringComparer.Ordinal);
}
