using System.Collections.Frozen;
using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Geography;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Detection.Geography;

/// <summary>
/// PlaceNameFinder as it was before it searched cues only where a capitalized word follows them: it searched every
/// cue in the whole text. Kept to compare the two (<see cref="PlaceNameFinderEquivalenceTests"/>).
/// Towns and streets tied to a person: a residence cue ("lives in", "grew up in"), "from" or a plain "in" in a
/// sentence about one person, "of" after a name's initial, a street after "his apartment on", and the place of a
/// testimonial signature ("Tom R., Eastbrook"). Cue lists and vetoes come from the catalog.
/// </summary>
internal sealed class LegacyPlaceNameFinder
{
    // Indexes of the cue lists in _cues.
    private const int Residence = 0, Origin = 1, AfterName = 2, Weak = 3, Street = 4;

    private readonly CueWordGroup _cues;

    /// <summary>Lists that grew past this many cues (a huge page) are dropped after use rather than kept.</summary>
    private const int MaxKeptCues = 4096;

    [ThreadStatic]
    private static List<(int Start, int End)>[]? t_cues;
    private readonly FrozenSet<string> _notPlaces;
    private readonly FrozenSet<string> _venues;
    private readonly FrozenSet<string> _neighbourhoods;
    private readonly FrozenSet<string> _groups;
    private readonly FrozenSet<string> _readers;
    private readonly PlaceNameFinder _signatures;

    public LegacyPlaceNameFinder(RuleDefinition rule)
    {
        _cues = new CueWordGroup(
            new CueWords(rule.GetList("residenceCues")),
            new CueWords(rule.GetList("originCues")),
            new CueWords(rule.GetList("afterNameCues")),
            new CueWords(rule.GetList("weakCues")),
            new CueWords(rule.GetList("streetCues")));
        _notPlaces = rule.GetList("notPlaces").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _venues = rule.GetList("venueWords").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _neighbourhoods = rule.GetList("neighbourhoodWords").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _groups = rule.GetList("groupWords").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _readers = rule.GetList("readerWords").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _signatures = new PlaceNameFinder(rule);
    }

    /// <summary>True when <paramref name="word"/> names a public venue ("Center", "Hall", "Park").</summary>
    public bool IsVenue(ReadOnlySpan<char> word) => _venues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public void Find(string text, List<(int Start, int End, Confidence Confidence)> found)
    {
        // One search of the text for all five lists; each list's matches are what its own FindAll would give. The
        // lists are the calling thread's, refilled for every segment (the finder is shared by all scanning threads).
        var cues = t_cues ??= _cues.CreateLists();
        _cues.FindAll(text, cues);
        // Which cue counts is the rule's (shared with the finder); only how cues are searched is compared here.
        foreach (var (cueStart, cueEnd) in cues[Residence])
        {
            if (!PlaceNameFinder.IsAfterWord(text, cueStart, _readers))
            {
                AddPlace(text, cueEnd, found, Confidence.High, needsPerson: false, home: true);
            }
        }

        foreach (var (_, cueEnd) in cues[Origin])
        {
            AddPlace(text, cueEnd, found, Confidence.High, needsPerson: true, home: true);
        }

        foreach (var (cueStart, cueEnd) in cues[AfterName])
        {
            if (PlaceNameFinder.IsAfterInitial(text, cueStart) || PlaceNameFinder.IsAfterNameAndComma(text, cueStart))
            {
                AddPlace(text, cueEnd, found, Confidence.High, needsPerson: false);
            }
        }

        foreach (var (cueStart, cueEnd) in cues[Weak])
        {
            if (!IsAfterGroup(text, cueStart))
            {
                AddPlace(text, cueEnd, found, Confidence.Medium, needsPerson: true);
            }
        }

        foreach (var (_, cueEnd) in cues[Street])
        {
            AddStreetName(text, cueEnd, found);
        }

        _signatures.FindSignatures(text, found); // line-based, no cue search: the finder's own
        foreach (var list in cues)
        {
            if (list.Capacity > MaxKeptCues)
            {
                t_cues = null; // a huge page's lists are not kept for the life of the thread
                break;
            }
        }
    }

    private void AddPlace(string text, int cueEnd, List<(int, int, Confidence)> found, Confidence confidence, bool needsPerson, bool home = false)
    {
        if (cueEnd + 1 >= text.Length || text[cueEnd] is not (' ' or '\n'))
        {
            return;
        }

        var start = cueEnd + 1;
        var end = PlacePhrase.Read(text, ref start, out var nameEnd);
        if (end < 0 || !IsPlaceName(text, start, nameEnd, home) || (needsPerson && PlacePhrase.StartsList(text, nameEnd)))
        {
            return;
        }

        if (needsPerson)
        {
            var (from, to) = Sentences.AroundWithNext(text, start, end);
            if (!PatientContext.HasPerson(text, from, to) || Years.MentionsDistantPast(text, from, to))
            {
                return;
            }
        }

        found.Add((start, end, confidence));
    }

    /// <summary>"his apartment on Linden Street": a street name without a house number, after a residence cue.</summary>
    private static void AddStreetName(string text, int cueEnd, List<(int, int, Confidence)> found)
    {
        var start = cueEnd + 1;
        if (start >= text.Length || text[cueEnd] != ' ')
        {
            return;
        }

        if (start + 4 < text.Length && text.AsSpan(start, 4).Equals("the ", StringComparison.Ordinal))
        {
            start += 4;
        }

        var end = AddressTail.ReadCapitalizedWords(text, start, 4);
        var lastWord = end > start ? text.AsSpan(start, end - start) : [];
        var space = lastWord.LastIndexOf(' ');
        if (space > 0 && GeographyWords.IsSuffix(lastWord[(space + 1)..], out _))
        {
            found.Add((start, end, Confidence.High));
        }
    }

    /// <param name="home">
    /// After a residence or origin cue ("grew up in", "from"): nobody lives in or comes from a park, so a phrase ending
    /// in a neighbourhood word ("Alder Park") is a neighbourhood there, not a venue.
    /// </param>
    private bool IsPlaceName(string text, int start, int end, bool home = false)
    {
        var notPlaces = _notPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstEnd = TextSpans.WordEnd(text, start);
        var lastStart = text.LastIndexOf(' ', end - 1, end - start) + 1;
        var phrase = text.AsSpan(start, end - start);
        return !notPlaces.Contains(text.AsSpan(start, firstEnd - start))
            && !notPlaces.Contains(text.AsSpan(lastStart, end - lastStart))
            && (!IsVenue(text.AsSpan(lastStart, end - lastStart))
                || (home && lastStart > start && _neighbourhoods.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(lastStart, end - lastStart))))
            && !GeographyWords.IsLargeRegion(phrase)
            && !PlacePhrase.IsFollowedByInitial(text, end);
    }

    /// <summary>"people in Denver", "families in Springfield": a group, not one patient.</summary>
    private bool IsAfterGroup(string text, int cueStart)
    {
        var wordEnd = cueStart - 1;
        if (wordEnd <= 0 || text[wordEnd] != ' ')
        {
            return false;
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return _groups.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(wordStart, wordEnd - wordStart));
    }
}
