using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ContentLint.Core.Detection.Context;
using ContentLint.Core.Detection.Geography;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// Dates tied to a person and ages over 89 (PHI003). A date counts when its sentence names a life or care event
/// ("born", "surgery", "admitted", "a fall") or speaks of one person in health terms; publication dates, bylines,
/// event and opening dates ("open house", "closed", "at 6:30 pm", "on May 3 at the Orchard Hall"), awareness days
/// ("National Smile Day"), the period of a published study and years alone are not reported. Dates on staff pages
/// (a clinician's training) and policy pages (effective and revision dates) belong to the practice, and a
/// front-matter date counts only when its key names a birth or death, or on a patient story a care event. On a
/// patient story any other day of the year is the patient's (also "on 3/14" in digits, <see cref="ShortNumericDates"/>),
/// and so is a month and year that opens a sentence about a person or closes a testimonial's signature
/// (<see cref="SignatureDate"/>); on a news page a day of a person who is no staff, in health terms; on an article a
/// generic person ("a patient", "she") is anyone's worked example; elsewhere a month and year alone needs a care event
/// and a person. Ages said as a bare number are read by <see cref="SpokenAgeScanner"/>. Pages known to be in Spanish,
/// German or French are also read for their day-and-month dates (<see cref="LocalMonthDates"/>).
/// </summary>
internal sealed class DateDetector : IDetector
{
    /// <summary>How far after a date a time of day makes it an event ("Saturday, June 13, 8:00 am").</summary>
    private const int TimeWindow = 32;

    /// <summary>How far before a date a publication word makes it a byline ("Posted November 20, 2025").</summary>
    private const int BylineWindow = 40;

    // "National Children's Dental Health Month", "World Oral Health Day": a date in their sentence is the day's.
    private static readonly Regex AwarenessDay = new(
        @"\b(?:National|World|International|Global)(?:\s+\p{Lu}[\p{L}'\u2019-]*){1,6}\s+(?:Day|Week|Month)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "on May 3 at the Orchard Hall", "June 13 at Riverside Park": a date and its venue.
    private static readonly Regex AtVenue = new(
        @"^,?\s+(?:at|in)\s+(?:the\s+)?\p{Lu}",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>How far after a date a venue ("at the Orchard Hall") may start.</summary>
    private const int VenueWindow = 24;

    private static readonly Regex TimeOfDay = new(
        @"[0-9]{1,2}(?::[0-9]{2})? *(?:am|pm|a\.m\.|p\.m\.)\b|[0-9]{1,2}:[0-9]{2}\b|\bnoon\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private readonly string _ruleId;
    private readonly CueWords _lifeCues;
    private readonly CueWords _careCues;
    private readonly CueWords _eventCues;
    private readonly CueWords _publicationCues;
    private readonly CueWords _researchCues;
    private readonly StaffSentence _staff;
    private readonly FrozenSet<string> _publicationKeys;
    private readonly LocalMonthDates _localDates;
    private readonly FrozenSet<string> _titles;
    private readonly CueWords _practicePeople;
    private readonly CueWords _progressCues;
    private readonly LocalCareCues _localCare;

    public DateDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _lifeCues = new CueWords(rule.GetList("lifeCues"));
        _careCues = new CueWords(rule.GetList("careCues"));
        _eventCues = new CueWords(rule.GetList("eventCues"));
        _publicationCues = new CueWords(rule.GetList("publicationCues"));
        _researchCues = new CueWords(rule.GetList("researchCues"));
        _staff = new StaffSentence(rule.GetList("staffTitles"), rule.GetList("staffCredentials"));
        _publicationKeys = rule.GetList("publicationKeys").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _localDates = new LocalMonthDates(rule);
        _titles = rule.GetList("staffTitles").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _practicePeople = new CueWords(rule.GetList("practicePeopleCues"));
        _progressCues = new CueWords(rule.GetList("progressCues"));
        _localCare = new LocalCareCues(rule);
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        // One list for all segments of the page: most segments find nothing, and a list per segment was garbage.
        if (document.Profile.Kind is PageKind.Staff or PageKind.Policy)
        {
            return;
        }

        var story = document.Profile.IsStory;
        var article = document.Profile.Kind == PageKind.Article;
        var news = document.Profile.Kind == PageKind.News;
        var language = document.Profile.IsEnglishOrUnknown ? null : document.Profile.Language;
        var dates = new List<DateMatch>();
        var ages = new List<(int Start, int End)>();
        foreach (var segment in SegmentScope.PhiSegments(document))
        {
            if (segment.Kind is RegionKind.LinkUrl or RegionKind.ImageSource)
            {
                continue;
            }

            if (IsPublicationKey(segment))
            {
                // A page's date dates the post; a story record's dates the patient's review or story (its consent's own
                // dates excepted), as a signature's date does under a testimonial.
                if (IsStoryRecordDate(document.Profile, segment))
                {
                    AddWholeValueDate(segment, candidates);
                }

                continue;
            }

            var text = segment.Text;
            DateScanner.Find(text, dates);
            if (_localDates.Find(language, text, dates) | (story && ShortNumericDates.Find(text, dates)))
            {
                DateScanner.RemoveOverlaps(dates);
            }

            foreach (var date in dates)
            {
                var verdict = IsFrontMatterDate(segment, date) ? ClassifyKey(segment.Name!, story) : Classify(text, date, story, article, news, language);
                if (verdict is { } found)
                {
                    candidates.Add(new Candidate(_ruleId, segment, date.Start, date.End - date.Start, found.Confidence) { Reason = found.Reason });
                }
            }

            if (AgeScanner.Find(text, ages))
            {
                AddSpokenAges(text, ages);
            }
            foreach (var (start, end) in ages)
            {
                var (from, to) = Sentences.Around(text, start, end);
                // High only with a person in the sentence: health words alone ("walking at 90") are no patient cue.
                var sure = PatientContext.HasPerson(text, from, to);
                candidates.Add(new Candidate(_ruleId, segment, start, end - start, sure ? Confidence.High : Confidence.Medium)
                {
                    Reason = sure ? "an age over 89 with a person in its sentence" : "an age over 89",
                });
            }
        }
    }

    /// <summary>"she's 94", "at 92 he still ...": ages said as a bare number, unless an age pattern already holds the number.</summary>
    private static void AddSpokenAges(string text, List<(int Start, int End)> ages)
    {
        var found = ages.Count;
        SpokenAgeScanner.Find(text, ages);
        for (var i = ages.Count - 1; i >= found; i--)
        {
            var (start, end) = ages[i];
            for (var k = 0; k < found; k++)
            {
                if (ages[k].Start < end && start < ages[k].End)
                {
                    ages.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>A front-matter value that is a date and nothing else (<c>date: 2025-03-01</c>), not a sentence holding one.</summary>
    private static bool IsFrontMatterDate(Segment segment, DateMatch date) =>
        segment.IsKeyedValue && segment.Name is not null
        && segment.Text.AsSpan(0, date.Start).IsWhiteSpace() && segment.Text.AsSpan(date.End).Trim(" \"'").IsEmpty;

    /// <summary>
    /// A front-matter date dates the page (a post, an event), unless its key names a birth or death
    /// (<c>patient_dob:</c>), or a care event on a patient story (<c>surgery_date:</c>).
    /// </summary>
    private (Confidence Confidence, string Reason)? ClassifyKey(string key, bool story)
    {
        var words = key.Replace('_', ' ').Replace('-', ' ').Replace('.', ' ');
        return _lifeCues.Any(words, 0, words.Length) ? (Confidence.High, "its front-matter key names a birth or death")
            : story && _careCues.Any(words, 0, words.Length) ? (Confidence.High, "a patient story's front-matter key names a care event")
            : null;
    }

    private (Confidence Confidence, string Reason)? Classify(string text, DateMatch date, bool story, bool article, bool news, string? language)
    {
        // "— Maria P., March 2024" under a testimonial: the signature dates the patient's care or review.
        if (story && SignatureDate.Is(text, date, _titles))
        {
            return (Confidence.High, "a date in a testimonial's signature");
        }

        var (from, to) = Sentences.Around(text, date.Start, date.End);
        var care = _careCues.Any(text, from, to) || _localCare.Any(language, text, from, to);

        // Off patient stories, "Dr. Patel was born on May 2 and finished residency in June 2005" is a clinician's bio.
        if (!story && !care && _staff.IsAboutStaff(text, from, to))
        {
            return null;
        }

        if (_lifeCues.Any(text, from, to))
        {
            return (Confidence.High, "a birth or death word in its sentence");
        }

        // An article's worked example ("a patient who had surgery in March 2019", "she was seen on May 2") speaks of
        // anyone: there only a named person or the writer's own "I"/"my" ties a date to someone.
        var person = article ? HasFirstPerson(text, from, to) || HasNamedPerson(text, from, to, date) : PatientContext.HasPerson(text, from, to);
        if (_eventCues.Any(text, from, to) || IsByline(text, from, date.Start) || AwarenessDay.IsMatch(text.AsSpan(from, to - from))
            || (!person && _researchCues.Any(text, from, to)) || (!care && IsFollowedByVenue(text, date.End)))
        {
            return null;
        }

        // On a patient story a month and year that opens a sentence about a person ("In August 2024 she ...",
        // "By March 2023 he ...") is a step of the patient's story.
        if (story && !date.HasDay && person && OpensSentence(text, from, date.Start))
        {
            return (Confidence.High, "a patient story's sentence about a person opens with its month and year");
        }

        // A month and year alone ("in August 2024") is a person's only with a care event and a person in its sentence.
        if ((!care && (!date.HasDay || IsFollowedByTime(text, date.End))) || (!date.HasDay && !person))
        {
            return null;
        }

        // On a patient story a day of the year that is no byline, event, awareness day, study period or venue date is
        // a day of the patient's care ("On June 11, 2024 she took her first steps"; "On May 9 Dr. Ruiz placed the
        // crown": a clinician acting on the patient is care, not a staff bio).
        if (story && date.HasDay)
        {
            return care || person ? (Confidence.High, "a patient story's date with a care event or a person") : (Confidence.Medium, "a day on a patient story");
        }

        if (article && !person)
        {
            return null;
        }

        if (news && !care && date.HasDay && IsNewsAboutPatient(text, from, to, date))
        {
            return (Confidence.Medium, "a news item's day for a person who is no staff, in health terms");
        }

        return care ? (person ? (Confidence.High, "a care event and a person in its sentence") : (Confidence.Medium, "a care event in its sentence"))
            : person && HealthVocabulary.HasHealthContext(text, from, to, 0) ? (Confidence.Medium, "a person in health terms in its sentence")
            : null;
    }

    /// <summary>Words that may stand before a month and year opening a sentence: "In", "By", "Since", "Back in", "Early".</summary>
    private static readonly string[] SentenceOpenerWords = ["in", "by", "since", "from", "until", "during", "back", "early", "late", "then", "and", "but", "so", "mid"];

    /// <summary>The date is the sentence's first phrase: at most two opener words stand before it.</summary>
    private static bool OpensSentence(string text, int from, int dateStart)
    {
        var words = 0;
        foreach (var word in HealthWordForms.Words(text, from, dateStart))
        {
            var span = text.AsSpan(word.Start, word.Length);
            if (++words > 2 || !SentenceOpenerWords.Contains(span.ToString(), StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A news item's day is a patient's when its sentence speaks of one person or names one who is no clinician
    /// (no staff title before the name, no staff role or team word in the sentence: "our new hygienist", "joined the
    /// team"), and health or a patient's progress is the subject of the sentence or the one before ("Our pool group
    /// for children with cerebral palsy is full. Welcome to Ana Ruiz and Tom Lee, who started on May 3.").
    /// </summary>
    private bool IsNewsAboutPatient(string text, int from, int to, DateMatch date)
    {
        if (_practicePeople.Any(text, from, to) || !(PatientContext.HasPerson(text, from, to) || HasNamedPerson(text, from, to, date)))
        {
            return false;
        }

        var previous = from > 0 ? Sentences.Start(text, from - 1) : from;
        return _progressCues.Any(text, from, to) || HealthVocabulary.HasHealthContext(text, previous, to, 0);
    }

    private static bool HasFirstPerson(string text, int from, int to)
    {
        foreach (var word in HealthWordForms.Words(text, from, to))
        {
            var span = text.AsSpan(word.Start, word.Length);
            var apostrophe = span.IndexOfAny('\'', '\u2019');
            var head = apostrophe > 0 ? span[..apostrophe] : span;
            if (head is "I" or "my" or "My" or "me" or "myself" or "mine")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A personal name in the sentence: a capitalized word that is not the sentence's first, not the date itself and
    /// not after a staff title ("Dr. Patel"), or a capital's initial ("Maria G."). "A patient", "she" and "you" are anyone.
    /// </summary>
    private bool HasNamedPerson(string text, int from, int to, DateMatch date)
    {
        var sentence = text.AsSpan(from, to - from);
        var first = sentence.IndexOfAnyExcept(SentenceOpeners);
        if (first < 0)
        {
            return false;
        }

        var i = from + first + TextSpans.WordEnd(text, from + first) - (from + first);
        while (i < to)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var end = Math.Min(TextSpans.WordEnd(text, i), to);
            if (end - i >= 2 && char.IsUpper(text[i]) && char.IsLower(text[i + 1]) && (i < date.Start || i >= date.End)
                && !IsMonthOrWeekday(text.AsSpan(i, end - i)) && !IsAfterTitle(text, i)
                && !IsAfterSentenceBreak(text, from, i))
            {
                return true;
            }

            i = Math.Max(end, i + 1);
        }

        return false;
    }

    private bool IsAfterTitle(string text, int wordStart)
    {
        var previous = LastWordStart(text, wordStart);
        return _titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(previous, wordStart - previous).Trim());
    }

    /// <summary>Markup and quotes that may open a sentence before its first word.</summary>
    private static readonly System.Buffers.SearchValues<char> SentenceOpeners = System.Buffers.SearchValues.Create(" \t\r\n*_#>-\"\u201C\u2022");

    private static int LastWordStart(string text, int wordStart)
    {
        var p = wordStart - 1;
        while (p > 0 && text[p] == ' ')
        {
            p--;
        }

        while (p > 0 && (char.IsLetter(text[p - 1]) || text[p - 1] == '.'))
        {
            p--;
        }

        return Math.Max(0, p);
    }

    /// <summary>A capital after a colon or quote opens a clause: "Example: Surgery on ...".</summary>
    private static bool IsAfterSentenceBreak(string text, int from, int i)
    {
        var p = i - 1;
        while (p >= from && text[p] is ' ' or '"' or '\u201C' or '(' or '*' or '_')
        {
            p--;
        }

        return p < from || text[p] is ':' or ';' or '\n';
    }

    private static bool IsMonthOrWeekday(ReadOnlySpan<char> word) =>
        word is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September"
            or "October" or "November" or "December" or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday"
            or "Saturday" or "Sunday" or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept"
            or "Oct" or "Nov" or "Dec";

    private static bool IsFollowedByVenue(string text, int end)
    {
        var length = Math.Min(VenueWindow, text.Length - end);
        return length > 0 && AtVenue.IsMatch(text.AsSpan(end, length));
    }

    /// <summary>"Posted November 20, 2025 by ...", "By Jamal Carter · February 11, 2025": the page's own date.</summary>
    private bool IsByline(string text, int sentenceStart, int dateStart)
    {
        var from = Math.Max(sentenceStart, dateStart - BylineWindow);
        // "By March 2023 he was jogging again": "By" before the date itself is a preposition, not a byline.
        var before = text.AsSpan(sentenceStart, dateStart - sentenceStart).TrimStart(" *_\n\t");
        return _publicationCues.Any(text, from, dateStart)
            || (before.StartsWith("By ", StringComparison.Ordinal) && !before.TrimEnd().SequenceEqual("By"));
    }

    private static bool IsFollowedByTime(string text, int end)
    {
        var length = Math.Min(TimeWindow, text.Length - end);
        return length > 0 && TimeOfDay.IsMatch(text.AsSpan(end, length));
    }

    /// <summary>A publication key (<c>date</c>, <c>created</c>) inside a story record of a data or code file, outside its consent block.</summary>
    private static bool IsStoryRecordDate(PageProfile profile, Segment segment) =>
        profile.StoryRecords.Count > 0 && profile.StoryRecordAt(segment.ToSource(0, 0).Start) is not null
        && !Parsing.LenientYamlReader.IsConsentPath(segment.Name);

    /// <summary>The value's date, when the value is a date and nothing else.</summary>
    private void AddWholeValueDate(Segment segment, ICollection<Candidate> candidates)
    {
        var dates = new List<DateMatch>();
        DateScanner.Find(segment.Text, dates);
        foreach (var date in dates)
        {
            if (IsFrontMatterDate(segment, date))
            {
                candidates.Add(new Candidate(_ruleId, segment, date.Start, date.End - date.Start, Confidence.High) { Reason = "the date of a patient's review or story record" });
            }
        }
    }

    /// <summary>
    /// Front matter <c>date:</c>, <c>lastmod:</c> and the like date the page, not a patient; <c>surgery.date</c> is
    /// read by its parent key instead.
    /// </summary>
    private bool IsPublicationKey(Segment segment)
    {
        if (!segment.IsKeyedValue || segment.Name is not { } key)
        {
            return false;
        }

        var dot = key.LastIndexOf('.');
        var parent = dot < 0 ? string.Empty : key[..dot].Replace('_', ' ').Replace('-', ' ').Replace('.', ' ');
        return _publicationKeys.Contains(key[(dot + 1)..])
            && !_lifeCues.Any(parent, 0, parent.Length) && !_careCues.Any(parent, 0, parent.Length);
    }
}
