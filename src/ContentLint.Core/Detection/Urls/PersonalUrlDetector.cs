using ContentLint.Core.Detection.Context;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Detection.Urls;

/// <summary>
/// URLs tied to a person (PHI014): social profiles, fundraisers, personal blogs and patient-portal records, in link
/// targets, in text and in page scripts (a script's strings ship with the page). The practice's own domains are
/// dropped later by the allow-list filter; references (journals, government, encyclopedias) are never candidates.
/// Off patient stories (the practice's own pages) social profiles and blogs are the practice's or its staff's
/// ("follow us"), so they count only with a patient cue in their sentence.
/// </summary>
internal sealed class PersonalUrlDetector : IDetector
{
    /// <summary>How far the sentence around a URL is searched for a person ("my blog", "her fundraiser").</summary>
    private const int SentenceReach = 200;

    private readonly string _ruleId;
    private readonly UrlClassifier _classifier;
    private readonly CueWords _personalCues;
    private readonly PracticeContact _practice;

    public PersonalUrlDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _classifier = new UrlClassifier(rule);
        _personalCues = new CueWords(rule.GetList("personalCues"), hyphenJoinsWords: true);
        _practice = new PracticeContact(rule.GetList("patientCues"));
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        // One list for all segments of the page: most segments find nothing, and a list per segment was garbage.
        var urls = new List<(int Start, int Length)>();
        var page = document.Profile;
        foreach (var segment in document.Segments.Where(s => s.Kind == RegionKind.Script || SegmentScope.IsScannedForPhi(s)))
        {
            if (segment.Kind is RegionKind.ImageSource or RegionKind.Style)
            {
                continue;
            }

            if (segment.Kind == RegionKind.LinkUrl)
            {
                AddIfPersonal(segment, 0, UrlScanner.TrimmedLength(segment.Text.AsSpan().TrimEnd()), sentenceContext: false, page, candidates);
                continue;
            }

            UrlScanner.Find(segment.Text, urls);
            foreach (var (start, length) in urls)
            {
                AddIfPersonal(segment, start, length, sentenceContext: segment.Kind != RegionKind.Script, page, candidates);
            }
        }
    }

    private void AddIfPersonal(Segment segment, int start, int length, bool sentenceContext, PageProfile page, ICollection<Candidate> candidates)
    {
        if (length <= 0 || UrlParts.Parse(segment.Text.Substring(start, length)) is not { } url)
        {
            return;
        }

        var kind = _classifier.Classify(url);
        var personal = sentenceContext && HasPersonalCue(segment.Text, start, start + length);
        if (kind == PersonalUrlKind.None && (!personal || _classifier.IsReference(url)))
        {
            return;
        }

        var patientCue = personal || (sentenceContext && _practice.HasPatientCue(segment.Text, start, start + length, page.Kind));
        // Off stories a profile or blog is the practice's; on a story too when the practice says so ("follow us on").
        if (kind is PersonalUrlKind.SocialProfile or PersonalUrlKind.PersonalBlog
            && (sentenceContext ? !PracticeContact.Counts(segment, start, start + length, page, patientCue) : PracticeContact.IsPracticePage(page)))
        {
            return;
        }

        // A fundraiser or a portal record names its person in the URL itself: that is its patient cue.
        var (confidence, reason) = kind switch
        {
            PersonalUrlKind.Fundraiser or PersonalUrlKind.PortalRecord => (Confidence.High, "a fundraiser or a patient record in the URL"),
            _ when patientCue => (Confidence.High, "a patient cue in its sentence"),
            _ => (Confidence.Medium, "a social profile or blog on a patient-story, article or news page"),
        };
        candidates.Add(new Candidate(_ruleId, segment, start, length, confidence) { Reason = reason });
    }

    /// <summary>A person and a personal-page word in the URL's sentence: "I posted them all at ...", "read her blog at ...".</summary>
    private bool HasPersonalCue(string text, int start, int end)
    {
        var (sentenceStart, sentenceEnd) = Sentences.Around(text, start, end, SentenceReach);
        var sentence = text[sentenceStart..start] + " " + text[end..sentenceEnd];
        return _personalCues.Any(sentence, 0, sentence.Length) && PersonWords.HasPronoun(sentence, 0, sentence.Length);
    }
}
