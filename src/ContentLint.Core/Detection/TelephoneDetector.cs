using System.Collections.Frozen;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection;

/// <summary>
/// Telephone numbers (PHI004) and fax numbers (PHI005): one family, told apart by the cue words nearest before
/// the number (the catalog's <c>contextCues</c> of the telephone rule and <c>faxCues</c> of the fax rule).
/// Off patient stories (the practice's own pages) a number counts only with a patient cue in its sentence
/// (<see cref="PracticeContact"/>); high confidence needs such a cue anywhere.
/// </summary>
internal sealed class TelephoneDetector : IDetector
{
    /// <summary>How far before a number a cue may stand ("Fax for referrals and records: ..." fits).</summary>
    private const int CueWindow = 40;

    /// <summary>How far after a number a "(fax)" note may close.</summary>
    private const int NoteWindow = 24;

    private readonly string _telephoneId;
    private readonly string _faxId;
    private readonly CueWords _phoneCues;
    private readonly CueWords _faxCues;
    private readonly FrozenSet<string> _skippedAreaCodes;
    private readonly CueWords _businessCues;
    private readonly CueWords _personalCues;
    private readonly PracticeContact _practice;

    public TelephoneDetector(RuleDefinition telephone, RuleDefinition fax)
    {
        ArgumentNullException.ThrowIfNull(telephone);
        ArgumentNullException.ThrowIfNull(fax);
        _telephoneId = telephone.Id;
        _faxId = fax.Id;
        _phoneCues = new CueWords(telephone.GetList("contextCues"));
        _faxCues = new CueWords(fax.GetList("faxCues"));
        _skippedAreaCodes = telephone.GetList("skippedAreaCodes").ToFrozenSet(StringComparer.Ordinal);
        _businessCues = new CueWords(telephone.GetList("businessCues"));
        _personalCues = new CueWords(telephone.GetList("personalCues"));
        _practice = new PracticeContact(telephone.GetList("patientCues"));
        RuleIds = [_telephoneId, _faxId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        // One list for all segments of the page: most segments find nothing, and a list per segment was garbage.
        var numbers = new List<PhoneNumberMatch>();
        var kind = document.Profile.Kind;
        var practicePage = PracticeContact.IsPracticePage(document.Profile);
        foreach (var segment in SegmentScope.PhiSegments(document))
        {
            if (segment.Kind is RegionKind.LinkUrl or RegionKind.ImageSource)
            {
                // A URL is one token: a tel:/sms: link is a number by definition, any other URL holds no phone number.
                // It has no sentence, so on the practice's pages it is the practice's "call us" button.
                if (!practicePage && PhoneNumberScanner.FindInTelLink(segment.Text) is { } link && !IsSkipped(link))
                {
                    candidates.Add(new Candidate(_telephoneId, segment, link.Start, link.Length, Confidence.Medium) { Reason = "a tel: link" });
                }

                continue;
            }

            var previousEnd = 0;
            PhoneNumberScanner.Find(segment.Text, numbers);
            foreach (var number in numbers)
            {
                var windowStart = previousEnd;
                var patientCue = _practice.HasPatientCue(segment.Text, number.Start, number.End, kind);
                var candidate = Classify(segment, number, previousEnd, patientCue, out previousEnd);
                if (!IsSkipped(number) && !IsBusinessLine(segment.Text, windowStart, number)
                    && PracticeContact.Counts(segment, number.Start, number.End, document.Profile, patientCue))
                {
                    candidates.Add(candidate);
                }
            }
        }
    }

    /// <summary>Another business's number: its name stands just before the number and no personal word does.</summary>
    private bool IsBusinessLine(string text, int previousEnd, PhoneNumberMatch number)
    {
        var windowStart = Math.Max(previousEnd, number.Start - CueWindow);
        return ReachesNumber(text, _businessCues.LastEnd(text, windowStart, number.Start), number.Start)
            && !ReachesNumber(text, _personalCues.LastEnd(text, windowStart, number.Start), number.Start);
    }

    /// <summary>Toll-free numbers (800, 888, ...) belong to businesses and hotlines, not to patients.</summary>
    private bool IsSkipped(PhoneNumberMatch number) => number.AreaCode is { } code && _skippedAreaCodes.Contains(code);

    /// <param name="consumedEnd">Where the next number's cue window may start: past this number and its note.</param>
    private Candidate Classify(Segment segment, PhoneNumberMatch number, int previousEnd, bool patientCue, out int consumedEnd)
    {
        var text = segment.Text;
        var windowStart = Math.Max(previousEnd, number.Start - CueWindow);
        var phoneCue = _phoneCues.LastEnd(text, windowStart, number.Start);
        var faxCue = _faxCues.LastEnd(text, windowStart, number.Start);
        phoneCue = ReachesNumber(text, phoneCue, number.Start) ? phoneCue : -1;
        faxCue = ReachesNumber(text, faxCue, number.Start) ? faxCue : -1;

        // "555-201-3301 (fax)": a note right after the number belongs to it, never to the next number.
        var noteStart = NoteStart(text, number.End);
        var faxNote = noteStart >= 0 && _faxCues.StartsAt(text, noteStart);
        var phoneNote = noteStart >= 0 && _phoneCues.StartsAt(text, noteStart);
        consumedEnd = faxNote || phoneNote ? Math.Max(number.End, CloseParen(text, noteStart) + 1) : number.End;

        var isFax = phoneCue >= 0 || faxCue >= 0 ? faxCue > phoneCue : faxNote;
        var labelled = phoneCue >= 0 || faxCue >= 0 || faxNote || phoneNote;
        var confidence = patientCue ? Confidence.High
            : labelled ? Confidence.Medium
            : number.Format == PhoneNumberFormat.SpaceSeparated ? Confidence.Low
            : Confidence.Medium;
        var reason = patientCue ? "a patient cue in its sentence" : labelled ? "a telephone or fax word before it" : "its shape";
        return new Candidate(isFax ? _faxId : _telephoneId, segment, number.Start, number.Length, confidence) { Reason = reason };
    }

    /// <summary>A cue counts only within the number's sentence ("We sold the fax. Call 555-..." is no fax number).</summary>
    private static bool ReachesNumber(string text, int cueEnd, int numberStart)
    {
        if (cueEnd < 0)
        {
            return false;
        }

        for (var i = cueEnd; i + 1 < numberStart; i++)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && !IsAbbreviationDot(text, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Fax no. 555-..." and "Tel. 555-...": the dot of such an abbreviation is no sentence end.</summary>
    private static bool IsAbbreviationDot(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return text.AsSpan(wordStart, dot - wordStart) is var word
            && (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nr", StringComparison.OrdinalIgnoreCase)
                || word.Equals("tel", StringComparison.OrdinalIgnoreCase) || word.Equals("ph", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The ')' closing a short note such as "(fax)", looked for in a bounded window so that scanning stays linear.</summary>
    private static int CloseParen(string text, int from) => text.IndexOf(')', from, Math.Min(NoteWindow, text.Length - from));

    /// <summary>Where the word of a parenthesised note right after the number starts ("... (fax)"), or -1.</summary>
    private static int NoteStart(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '(' || CloseParen(text, i) < 0)
        {
            return -1;
        }

        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
