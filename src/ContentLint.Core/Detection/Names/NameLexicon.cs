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
        WorldGiven = WordLists.Load("given-names-world.txt").Select(w => NameText.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        Surnames = WordLists.Load("surnames.txt");
        Vetoes = WordLists.Load("name-vetoes.txt");
        Places = WordLists.Load("name-places.txt");
        NotPersonWords = WordLists.Load("not-person-words.txt").Select(w => NameText.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        var famous = WordLists.Load("famous-people.txt");
        FamousNames = famous.Select(n => string.Join(' ', NameTokenizer.Tokenize(n).Where(t => !t.IsInitial).Select(t => t.Key)))
            .ToFrozenSet(StringComparer.Ordinal);
        FamousSurnames = famous.Select(n => NameTokenizer.Tokenize(n)[^1].Key).ToFrozenSet(StringComparer.Ordinal);
        Honorifics = Set(rule, "honorifics");
        PluralClinicianTitles = Set(rule, "pluralClinicianTitles");
        ClinicianTitles = Set(rule, "clinicianTitles").Union(PluralClinicianTitles).ToFrozenSet(StringComparer.Ordinal);
        PublicTitles = Set(rule, "publicTitles");
        RelativeCues = Set(rule, "relativeCues");
        SpanishRelativeCues = Set(rule, "relativeCuesSpanish");
        PluralRelativeCues = Set(rule, "pluralRelativeCues");
        CareCompletionVerbs = Set(rule, "careCompletionVerbs");
        CareCompletionStops = new PhraseSearch(rule.GetList("careCompletionStops"));
        LabelCues = Set(rule, "labelCues");
        SpeechVerbs = Set(rule, "speechVerbs");
        VisitPhrases = rule.GetList("visitPhrases");
        HonourPhraseSearch = new PhraseSearch(rule.GetList("honourPhrases"));
        VisitPhraseSearch = new PhraseSearch(VisitPhrases);
        PlaceWords = Set(rule, "placeWords");
        PlacePrepositions = Set(rule, "placePrepositions");
        EponymNouns = Set(rule, "eponymNouns");
        PlaceholderSurnames = Set(rule, "placeholderSurnames");
        Credentials = rule.GetList("credentials").Select(c => c.Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
            .ToFrozenSet(StringComparer.Ordinal);
        PublicRoles = Set(rule, "publicRoles");
        PublicFigurePhrases = new PhraseSearch(rule.GetList("publicFigurePhrases"));
        StaffRoles = Set(rule, "staffRoles");
        StaffLeadVerbs = Set(rule, "staffLeadVerbs");
        CareWithNouns = Set(rule, "careWithNouns");
        CitationWords = Set(rule, "citationWords");
        CitedWorks = Set(rule, "citedWorks");
        CitationVerbs = Set(rule, "citationVerbs");
        PersonKeys = Set(rule, "personKeys");
        StaffKeys = Set(rule, "staffKeys");
        AnonymousSigners = Set(rule, "anonymousSigners");
        PatientKeyWords = Set(rule, "patientKeyWords");
    }

    /// <summary>
    /// Words that make a capitalized run an organization, insurer, brand, product, degree, field of study, team or
    /// event ("Delta Dental", "Bachelor of Science", "Give Kids a Smile Day"): general data, never page strings.
    /// </summary>
    public FrozenSet<string> NotPersonWords { get; }

    /// <summary>Post-nominal credentials, upper case without dots ("DDS", "LCSW", "PHD"): the name before them is a clinician's.</summary>
    public FrozenSet<string> Credentials { get; }

    /// <summary>Public roles ("actor", "senator", "researcher"): a name next to one is a public figure or a cited author.</summary>
    public FrozenSet<string> PublicRoles { get; }

    /// <summary>Phrases in a name's sentence that present the person as a public figure ("told reporters", "olympic").</summary>
    public PhraseSearch PublicFigurePhrases { get; }

    /// <summary>Words before "by" that make the name after it a cited author ("a study by", "written by").</summary>
    public FrozenSet<string> CitationWords { get; }

    /// <summary>Verbs after a name that make it a cited author ("argues", "found"), on pages other than stories.</summary>
    public FrozenSet<string> CitationVerbs { get; }

    /// <summary>Works after a possessive that make the name their author ("X's book", "X's study").</summary>
    public FrozenSet<string> CitedWorks { get; }

    /// <summary>Front-matter keys whose value on a story page is a person's name ("name", "patient", "reviewer").</summary>
    public FrozenSet<string> PersonKeys { get; }

    /// <summary>Words before a person key's last word that make it a patient's in any file ("patientName", "member_last_name").</summary>
    public FrozenSet<string> PatientKeyWords { get; }

    /// <summary>Words that sign a review for no one in particular ("Verified Customer", "Anonymous").</summary>
    public FrozenSet<string> AnonymousSigners { get; }

    /// <summary>Keys whose value in a story names the clinician who gave the care: staff.</summary>
    public FrozenSet<string> StaffKeys { get; }

    /// <summary>Total US births per given name (its keys are the given names): rare "names" (Summit, Shuffle) need a real surname or a cue.</summary>
    public FrozenDictionary<string, long> GivenBirths { get; }

    /// <summary>Given names of many cultures that the US birth counts miss (a curated list, no counts): common where they are used.</summary>
    public FrozenSet<string> WorldGiven { get; }

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

    /// <summary>Clinician titles in the plural ("Drs"): part of <see cref="ClinicianTitles"/>, and they title both names of a pair.</summary>
    public FrozenSet<string> PluralClinicianTitles { get; }

    public FrozenSet<string> PublicTitles { get; }

    public FrozenSet<string> RelativeCues { get; }

    /// <summary>Relative and patient words in Spanish ("hija", "esposo"): a cue on a page in Spanish.</summary>
    public FrozenSet<string> SpanishRelativeCues { get; }

    /// <summary>Verbs after "who" that put the person in the practice's care ("who completed our ... class").</summary>
    public FrozenSet<string> CareCompletionVerbs { get; }

    /// <summary>Words after "our" that make a completed course a job ("our residency", "our team").</summary>
    public PhraseSearch CareCompletionStops { get; }

    /// <summary>A relative or patient word in English or in the other languages whose cue words the rule knows.</summary>
    /// <summary>Plural relative words ("parents", "daughters"): a cue only near health or visit words (see <see cref="NameCues"/>).</summary>
    public FrozenSet<string> PluralRelativeCues { get; }

    /// <summary>Phrases that honour people ("special thanks to", "congratulations to"): see <see cref="NameHonourees"/>.</summary>
    public PhraseSearch HonourPhraseSearch { get; }

    public bool IsRelativeCue(string key) => RelativeCues.Contains(key) || SpanishRelativeCues.Contains(key);

    public FrozenSet<string> LabelCues { get; }

    public FrozenSet<string> SpeechVerbs { get; }

    /// <summary>Words of a job at a practice ("hygienist", "receptionist", "desk"): beside a name they make it staff.</summary>
    public FrozenSet<string> StaffRoles { get; }

    /// <summary>Verbs before "our" after a name ("leads our anxiety program"): the person runs the practice's programme.</summary>
    public FrozenSet<string> StaffLeadVerbs { get; }

    /// <summary>Words of a course of care before "with" and a name ("sessions with Kim"): the name gave the care.</summary>
    public FrozenSet<string> CareWithNouns { get; }

    /// <summary>Phrases of a visit to the practice ("came in", "came to us"): the person who did it is a patient.</summary>
    public IReadOnlyList<string> VisitPhrases { get; }

    /// <summary><see cref="VisitPhrases"/> indexed for a search anywhere in a sentence.</summary>
    public PhraseSearch VisitPhraseSearch { get; }

    public FrozenSet<string> PlaceWords { get; }

    public FrozenSet<string> PlacePrepositions { get; }

    public FrozenSet<string> EponymNouns { get; }

    public FrozenSet<string> PlaceholderSurnames { get; }

    public bool IsGiven(string key) => ((GivenBirths.ContainsKey(key) || WorldGiven.Contains(key)) && !Vetoes.Contains(key)) || (key.Contains('-', StringComparison.Ordinal) && AllPartsAre(key, IsGiven));

    /// <summary>A hyphenated key ("anne-marie") whose every part passes <paramref name="test"/>.</summary>
    private static bool AllPartsAre(string key, Func<string, bool> test)
    {
        foreach (var part in key.Split('-'))
        {
            if (part.Length < 2 || !test(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A given name common enough to lead a name whose second word no dictionary knows ("Lars Ekberg").</summary>
    public bool IsCommonGiven(string key) => (GivenBirths.TryGetValue(key, out var births) && births >= CommonBirths) || WorldGiven.Contains(key);

    /// <summary>About the 8,000 most frequent given names of the SSA data.</summary>
    private const long CommonBirths = 2000;

    public bool IsSurname(string key) => ((Surnames.Contains(key) || GivenBirths.ContainsKey(key)) && !Vetoes.Contains(key))
        || (key.Contains('-', StringComparison.Ordinal) && AllPartsAre(key, IsSurname)) || (key.Length > 3 && key[1] is '\'' or '\u2019' && IsSurname(key[2..]));

    private static FrozenSet<string> Set(RuleDefinition rule, string key) =>
        rule.GetList(key).Select(w => NameText.Fold(w.AsSpan().Trim())).ToFrozenSet(StringComparer.Ordinal);
}
