using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ContentLint.Core.Detection.Context;
using ContentLint.Core.Detection.Geography;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// Dates tied to a person and ages over 89 (PHI003). A date counts when its sentence names a life or care event
/// ("born", "surgery", "admitted", "a fall") or speaks of one person in health terms; publication dates, bylines,
/// event and opening dates ("open house", "closed", "at 6:30 pm") and years alone are not reported.
/// </summary>
internal sealed class DateDetector : IDetector
{
    /// <summary>How far after a date a time of day makes it an event ("Saturday, June 13, 8:00 am").</summary>
    private const int TimeWindow = 32;

    /// <summary>How far before a date a publication word makes it a byline ("Posted November 20, 2025").</summary>
    private const int BylineWindow = 40;

    private static readonly Regex TimeOfDay = new(
        @"[0-9]{1,2}(?::[0-9]{2})? *(?:am|pm|a\.m\.|p\.m\.)\b|[0-9]{1,2}:[0-9]{2}\b|\bnoon\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private readonly string _ruleId;
    private readonly CueWords _lifeCues;
    private readonly CueWords _careCues;
    private readonly CueWords _eventCues;
    private readonly CueWords _publicationCues;
    private readonly FrozenSet<string> _publicationKeys;

    public DateDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _lifeCues = new CueWords(rule.GetList("lifeCues"));
        _careCues = new CueWords(rule.GetList("careCues"));
        _eventCues = new CueWords(rule.GetList("eventCues"));
        _publicationCues = new CueWords(rule.GetList("publicationCues"));
        _publicationKeys = rule.GetList("publicationKeys").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        // One list for all segments of the page: most segments find nothing, and a list per segment was garbage.
        var dates = new List<DateMatch>();
        var ages = new List<(int Start, int End)>();
        foreach (var segment in SegmentScope.PhiSegments(document))
        {
            if (segment.Kind is RegionKind.LinkUrl or RegionKind.ImageSource || IsPublicationKey(segment))
            {
                continue;
            }

            var text = segment.Text;
            var keyCue = segment.Kind == RegionKind.FrontMatterValue && segment.Name is { } key && _lifeCues.Any(key.Replace('_', ' '), 0, key.Length);
            DateScanner.Find(text, dates);
            foreach (var date in dates)
            {
                var confidence = keyCue ? Confidence.High : Classify(text, date);
                if (confidence is not null)
                {
                    candidates.Add(new Candidate(_ruleId, segment, date.Start, date.End - date.Start, confidence.Value));
                }
            }

            AgeScanner.Find(text, ages);
            foreach (var (start, end) in ages)
            {
                var (from, to) = PatientContext.Sentence(text, start, end);
                var sure = PatientContext.HasPerson(text, from, to) || HealthVocabulary.HasHealthContext(text, from, to, 0);
                candidates.Add(new Candidate(_ruleId, segment, start, end - start, sure ? Confidence.High : Confidence.Medium));
            }
        }
    }

    private Confidence? Classify(string text, DateMatch date)
    {
        var (from, to) = PatientContext.Sentence(text, date.Start, date.End);
        if (_lifeCues.Any(text, from, to))
        {
            return Confidence.High;
        }

        if (_eventCues.Any(text, from, to) || IsByline(text, from, date.Start))
        {
            return null;
        }

        var care = _careCues.Any(text, from, to);
        var person = PatientContext.HasPerson(text, from, to);
        if (!care && (!date.HasDay || IsFollowedByTime(text, date.End)))
        {
            return null;
        }

        return care ? (person ? Confidence.High : Confidence.Medium)
            : person && HealthVocabulary.HasHealthContext(text, from, to, 0) ? Confidence.Medium
            : null;
    }

    /// <summary>"Posted November 20, 2025 by ...", "By Jamal Carter · February 11, 2025": the page's own date.</summary>
    private bool IsByline(string text, int sentenceStart, int dateStart)
    {
        var from = Math.Max(sentenceStart, dateStart - BylineWindow);
        return _publicationCues.Any(text, from, dateStart)
            || text.AsSpan(sentenceStart, dateStart - sentenceStart).TrimStart(" *_\n\t").StartsWith("By ", StringComparison.Ordinal);
    }

    private static bool IsFollowedByTime(string text, int end)
    {
        var length = Math.Min(TimeWindow, text.Length - end);
        return length > 0 && TimeOfDay.IsMatch(text.AsSpan(end, length));
    }

    /// <summary>Front matter <c>date:</c>, <c>lastmod:</c> and the like date the page, not a patient.</summary>
    private bool IsPublicationKey(Segment segment)
    {
        if (segment.Kind != RegionKind.FrontMatterValue || segment.Name is not { } key)
        {
            return false;
        }

        var last = key[(key.LastIndexOf('.') + 1)..];
        return _publicationKeys.Contains(last);
    }
}
