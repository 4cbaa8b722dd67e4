using System.Text.RegularExpressions;
using ContentLint.Core.Detection.Context;
using ContentLint.Core.Model;
using ContentLint.Core.Text;

namespace ContentLint.Core.Detection;

/// <summary>
/// Whose a phone number, fax number or e-mail address is. Off patient stories (contact, policy, staff, service,
/// article, news and layout pages) the numbers and addresses are the practice's own (a new user has no
/// configuration that lists them), so there they count only with a patient cue in their sentence: "my number is",
/// "his daughter called from", "Patient name:".
/// </summary>
internal sealed class PracticeContact
{
    /// <summary>How far the sentence around a value is searched for a cue.</summary>
    private const int SentenceReach = 200;

    // "Name: … | Phone: …", "DOB: …", "Home: …, cell: …": a record of one person (a form submission, an intake
    // example); a practice lists its "Phone:", "Office:" and "Fax:", never a home or cell line.
    private static readonly Regex RecordLabel = new(
        @"\b(?:patient(?:'s)? name|patient|name|full name|dob|d\.o\.b|date of birth|mrn|member id|home|cell|mobile)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "Call Jane at …", "text Ivo on …": one person by first name, not the practice ("Call us", "Contact Bayside
    // Dental at" has two capitalized words). The word itself is checked against NotNames.
    private static readonly Regex AskForPerson = new(
        @"\b(?:[Cc]all|[Tt]ext|[Pp]hone|[Rr]each|[Ee]-?mail|[Cc]ontact|[Ww]rite to)\s+(\p{Lu}\p{Ll}+)\s+(?:at|on)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // Capitalized words after "call" that name no person ("Call Today at …", "Call Dr at …" is cut at the dot).
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Us", "Our", "Today", "Now", "Anytime", "Ahead", "Back", "Dr", "Doctor", "Prof", "Nurse", "The", "This", "Reception",
    };

    // "Call us at", "our front desk", "we answer at": the practice speaking of itself.
    private static readonly CueWords PracticeVoice = new(["us", "our", "ours", "we", "we're", "we've", "we'll"]);

    // On a story, "our patient" and "the patient" point at the person the story is about.
    private static readonly CueWords StoryPatient = new(["patient"]);

    private readonly CueWords _patientCues;

    public PracticeContact(IReadOnlyList<string> patientCues) => _patientCues = new CueWords(patientCues);

    /// <summary>
    /// Whether a value on the page counts: off patient stories only with a patient cue; on a story unless the
    /// practice speaks of itself in its sentence ("call us at", the footer's "our office") without a patient cue.
    /// </summary>
    public static bool Counts(Segment segment, int start, int end, PageProfile page, bool patientCue)
    {
        // A comment is not the page speaking: what is left in one is a test submission or a QA note ("reply to
        // r.doe@…"), someone's own details shipped in the page's source.
        if (patientCue || segment.Kind == RegionKind.Comment)
        {
            return true;
        }

        var text = segment.Text;

        if (IsPracticePage(page))
        {
            return false;
        }

        var (from, to) = Sentences.Around(text, start, end, SentenceReach);
        return !(PracticeVoice.Any(text, from, start) || PracticeVoice.Any(text, end, to))
            || StoryPatient.Any(text, from, start) || StoryPatient.Any(text, end, to);
    }

    /// <summary>
    /// Pages whose contact details are the practice's unless a cue says otherwise: all but patient stories. An
    /// article's or a news post's "call us at" is the practice's line as much as the contact page's.
    /// </summary>
    public static bool IsPracticePage(PageProfile profile) => !profile.IsStory;

    /// <summary>
    /// A patient cue in the sentence of [<paramref name="start"/>, <paramref name="end"/>): a patient or relative word,
    /// a record label, or, except on staff and policy pages (where "her" is the clinician or any patient), a singular
    /// personal pronoun; and
    /// except on staff and contact pages (where the person is staff), "call Jane at" before the value.
    /// </summary>
    public bool HasPatientCue(string text, int start, int end, PageKind kind)
    {
        var (from, to) = Sentences.Around(text, start, end, SentenceReach);
        return _patientCues.Any(text, from, start) || _patientCues.Any(text, end, to)
            || RecordLabel.IsMatch(text.AsSpan(from, to - from))
            || (kind is not (PageKind.Staff or PageKind.Policy) && (PersonWords.HasPronoun(text, from, start) || PersonWords.HasPronoun(text, end, to)))
            || (kind is not (PageKind.Staff or PageKind.Contact) && AsksForPerson(text, from, start));
    }

    private static bool AsksForPerson(string text, int from, int to)
    {
        foreach (Match match in AskForPerson.Matches(text[from..to]))
        {
            if (!NotNames.Contains(match.Groups[1].Value))
            {
                return true;
            }
        }

        return false;
    }
}
