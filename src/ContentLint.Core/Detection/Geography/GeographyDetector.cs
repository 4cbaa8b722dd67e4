using System.Text.RegularExpressions;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Detection.Geography;

/// <summary>
/// Geographic subdivisions smaller than a state (PHI002): street addresses, PO boxes, "City, ST ZIP", and towns or
/// streets tied to a person. Addresses of public venues ("Community Center, 210 Pine Street") and addresses the
/// practice introduces as its own ("our office at ...") are skipped; the configured address is the allow list's job.
/// Whose a place is follows the page: nothing on a staff page (a clinician's hometown and schools) or a policy page (a
/// privacy notice names the practice's offices and systems, never a patient's home); off patient stories no event
/// venue ("join us at ..."), no place in a clinician's bio (a sentence that starts with a title or names a credential,
/// or that or a neighbouring sentence has a bio cue: "joined our team"), and no address or place without a patient
/// cue ("a patient", "her daughter") or a patient's arrival ("came to us", "was referred") in its sentence: there a
/// pronoun is as often the clinician or an author, and the places are the practice's service area, directions and
/// addresses, which a new user has not configured. A testimonial signature's place counts on any page but those two.
/// </summary>
internal sealed class GeographyDetector : IDetector
{
    // "Name: Jane Roe | her address: ...": a record's labels make the line a person's, on any page.
    private static readonly Regex RecordLabel = new(
        @"\b(?:patient(?:'s)? name|name|full name|dob|d\.o\.b|date of birth)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private readonly string _ruleId;
    private readonly PlaceNameFinder _places;
    private readonly CueWords _practice;
    private readonly CueWords _events;
    private readonly StaffSentence _staff;
    private readonly CueWords _bio;
    private readonly CueWords _patientCues;
    private readonly HashSet<string> _placeKeys;

    public GeographyDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _places = new PlaceNameFinder(rule);
        _practice = new CueWords(rule.GetList("practiceCues"));
        _events = new CueWords(rule.GetList("eventCues"));
        _staff = new StaffSentence(rule.GetList("staffTitles"), rule.GetList("staffCredentials"));
        _bio = new CueWords(rule.GetList("staffBioCues"));
        _patientCues = new CueWords([.. rule.GetList("patientCues"), .. rule.GetList("careEventCues")]);
        _placeKeys = [.. rule.GetList("placeKeys")];
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        // One list for all segments of the page: most segments find nothing, and a list per segment was garbage.
        var page = document.Profile.Kind;
        if (page is PageKind.Staff or PageKind.Policy)
        {
            return;
        }

        var practicePage = PracticeContact.IsPracticePage(document.Profile);
        var story = document.Profile.IsStory;
        var addresses = new List<AddressMatch>();
        var found = new List<(int Start, int End, Confidence Confidence)>();
        // A quote's attribution ("— Maria G., Millbury", "Wren A. of Calder Bend") signs a patient's words wherever
        // they are quoted: off patient stories it needs no patient cue, only no event or bio around it.
        var attributions = new List<(int Start, int End, Confidence Confidence)>();
        foreach (var segment in SegmentScope.PhiSegments(document))
        {
            if (segment.Kind is RegionKind.LinkUrl or RegionKind.ImageSource)
            {
                continue;
            }

            found.Clear();
            if (KeyedPlace(segment, document.Profile) is { } keyed)
            {
                candidates.Add(new Candidate(_ruleId, segment, keyed.Start, keyed.End - keyed.Start, Confidence.High) { Reason = "the place of a story record (its location key)" });
                continue;
            }

            StreetAddressScanner.Find(segment.Text, addresses);
            foreach (var address in addresses)
            {
                if (Classify(segment.Text, address, practicePage) is { } confidence)
                {
                    found.Add((address.Start, address.End, confidence));
                }
            }

            attributions.Clear();
            _places.Find(segment.Text, found, attributions);
            if (!story)
            {
                DropPracticePlaces(segment.Text, found, needsPatient: true);
                DropPracticePlaces(segment.Text, attributions, needsPatient: false);
            }

            found.AddRange(attributions);

            foreach (var (start, end, confidence) in SpanMerger.Merge(found))
            {
                candidates.Add(new Candidate(_ruleId, segment, start, end - start, confidence)
                {
                    Reason = !story ? "a patient cue or a testimonial signature ties it to a patient"
                        : confidence == Confidence.High ? "a person or residence cue ties it to someone" : "an address or place on a patient story",
                });
            }
        }
    }

    /// <summary>
    /// The value of a place key (<c>location</c>, <c>city</c>) in a story record, trimmed, unless it names only a
    /// state or a larger region; null for any other segment.
    /// </summary>
    private (int Start, int End)? KeyedPlace(Segment segment, PageProfile profile)
    {
        if (!segment.IsKeyedValue || !_placeKeys.Contains(Names.FrontMatterPeople.LastKey(segment.Name)) || !profile.IsStoryText(segment))
        {
            return null;
        }

        var text = segment.Text;
        var start = 0;
        var end = text.Length;
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        // A place is written as a name ("Port Ellis, OR", "12 Elm Street"): a capital or a house number first, a few words.
        var value = text.AsSpan(start, end - start);
        return end - start is > 1 and < 80 && (char.IsUpper(value[0]) || char.IsAsciiDigit(value[0])) && value.Count(' ') < 6
            && !GeographyWords.IsLargeRegion(value.Trim()) ? (start, end) : null;
    }

    /// <summary>
    /// Off patient stories, "join us at the fair in Fern Hollow" names an event's venue, "Dr. Patel grew up in Pune" a
    /// clinician's hometown and "we serve Quillon Flats" the practice's area: a place counts only with a patient cue in
    /// its sentence (when <paramref name="needsPatient"/>) and without an event or bio cue.
    /// </summary>
    private void DropPracticePlaces(string text, List<(int Start, int End, Confidence Confidence)> found, bool needsPatient)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var (sentenceStart, sentenceEnd) = Sentences.Around(text, found[i].Start, found[i].End);
            if ((needsPatient && !_patientCues.Any(text, sentenceStart, sentenceEnd)
                    && !RecordLabel.IsMatch(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart)))
                || _events.Any(text, sentenceStart, sentenceEnd) || _staff.IsAboutStaff(text, sentenceStart, sentenceEnd)
                || IsInBio(text, found[i].Start, found[i].End))
            {
                found.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// A clinician's bio is told over several sentences, and only one of them may say so ("Jane is our hygienist.
    /// She grew up in Boise."): the place's sentence, the one before and the one after are read for bio cues.
    /// </summary>
    private bool IsInBio(string text, int start, int end)
    {
        var (from, to) = Sentences.AroundWithNext(text, start, end);
        var (before, _) = Sentences.Around(text, Math.Max(0, from - 2), Math.Max(0, from - 2));
        return _bio.Any(text, Math.Min(before, from), to);
    }

    private Confidence? Classify(string text, AddressMatch address, bool practicePage)
    {
        var (from, to) = Sentences.Around(text, address.Start, address.End);
        if (_practice.Any(text, from, address.Start) || _events.Any(text, from, to) || IsAfterVenue(text, address.Start))
        {
            return null;
        }

        // "12 Oak Park" could be a title ("5 Easy Park Walks"): without a street-only suffix or a tail, it needs a
        // locative word right before it and a person in its sentence.
        var person = PatientContext.HasPerson(text, from, to);
        if (practicePage && !person)
        {
            return null;
        }

        return address.Strong ? (person ? Confidence.High : Confidence.Medium)
            : person && IsAfterLocative(text, address.Start) ? Confidence.High
            : null;
    }

    private static bool IsAfterLocative(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var wordStart = end;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return text.AsSpan(wordStart, end - wordStart) is "at" or "on" or "to" or "from" or "of";
    }

    /// <summary>"Quillon Flats Community Center, 210 Pine Street", "the Orchard Hall, 41 Kiln Street": a public place.</summary>
    private bool IsAfterVenue(string text, int start)
    {
        var p = start;
        while (p > 0 && text[p - 1] == ' ')
        {
            p--;
        }

        if (p > 0 && text[p - 1] == ',')
        {
            p--;
        }

        var wordStart = p;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart < p && char.IsUpper(text[wordStart]) && _places.IsVenue(text.AsSpan(wordStart, p - wordStart));
    }
}
