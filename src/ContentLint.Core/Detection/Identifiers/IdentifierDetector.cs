using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// The numeric and code identifiers (PHI007-PHI013, PHI018): values named by a caption or key ("MRN 0048213",
/// <c>data-patient-id</c>), Social Security numbers by shape, and caption-free strong formats (MBI, VIN, GS1 UDI).
/// The span is always the value, never its caption. Where two findings overlap, the first one found wins, in
/// that order: a caption says more than a shape.
/// </summary>
internal sealed class IdentifierDetector : IDetector
{
    private const int CueWindow = 40;
    private const int ContextWindow = 120;

    /// <summary>How many more values of a list one caption names ("serials and A-3").</summary>
    private const int MaxListValues = 8;

    private readonly IdentifierRuleSet _set;

    public IdentifierDetector(IReadOnlyList<RuleDefinition> rules)
    {
        _set = new IdentifierRuleSet(rules);
        RuleIds = _set.RuleIds;
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        // One set of buffers per document, cleared per segment: most segments find nothing.
        var found = new SpanSet();
        var ssns = new List<(int Start, int Length, char Separator)>();
        var spans = new List<(int Start, int Length)>();
        var labels = new List<LabelMatch>();
        var keyedValues = new List<KeyedValue>();
        // A licence number on a clinician's bio is the clinician's, published on purpose (docs/whose-details.md).
        var licencesAreStaff = document.Profile.Kind == PageKind.Staff;
        foreach (var segment in document.Segments)
        {
            found.Clear();
            if (segment.Kind == RegionKind.Script || SegmentScope.IsScannedForPhi(segment))
            {
                AddKeyed(segment, found, keyedValues, labels);
                found.Commit();
            }

            if (SegmentScope.IsScannedForPhi(segment) && segment.Kind is not (RegionKind.LinkUrl or RegionKind.ImageSource))
            {
                // Every identifier needs digits: a captioned value at least IdentifierValue.MinDigits, shapes more. A
                // segment with too few (most prose) skips those scans, the caption search included, finding nothing
                // either way.
                var digits = TextChecks.CountAsciiDigits(segment.Text, Math.Max(SsnShape.MinDigits, StrongFormatScanner.MaxMinDigits));
                if (digits >= IdentifierValue.MinDigits)
                {
                    AddLabeled(segment, found, labels);
                    found.Commit();
                }

                if (digits >= SsnShape.MinDigits)
                {
                    AddSsnShapes(segment, found, ssns);
                    found.Commit();
                }

                AddStrongFormats(segment, found, spans, digits);
            }

            foreach (var candidate in found.Items)
            {
                if (!(licencesAreStaff && candidate.RuleId == _set.PracticeRuleId))
                {
                    candidates.Add(candidate);
                }
            }
        }
    }

    private void AddKeyed(Segment segment, SpanSet found, List<KeyedValue> keyedValues, List<LabelMatch> labels)
    {
        KeyedValueFinder.Find(segment, keyedValues);
        foreach (var keyed in keyedValues)
        {
            _set.Labels.Find(keyed.Key, labels);
            if (labels.Count == 0)
            {
                continue;
            }

            // English compounds put the head last: "subscriberSsn" is an SSN, "memberId" a member ID.
            var entry = labels[^1].Entry;
            var value = segment.Text.AsSpan(keyed.Start, keyed.Length);
            if (Passes(entry.Check, value, wholeValue: true))
            {
                found.TryAdd(new Candidate(entry.RuleId, segment, keyed.Start, keyed.Length, Confidence.High));
            }
        }
    }

    private void AddLabeled(Segment segment, SpanSet found, List<LabelMatch> labels)
    {
        var text = segment.Text;
        _set.Labels.Find(text, labels);
        foreach (var label in labels)
        {
            // SSN captions only raise the confidence of SSN shapes (AddSsnShapes), which also covers undashed ones.
            if (label.Entry.Check == ValueCheck.Ssn)
            {
                continue;
            }

            // A caption with no value after it may name the one before it ("QV-118274 is her chart number").
            if (!IdentifierValue.TryReadAfter(text, label.End, out var start, out var end)
                && !(label.Entry.Check == ValueCheck.Shape && IdentifierValue.TryReadBefore(text, label.Start, out start, out end)
                    && !HoldsLabel(labels, start, end)))
            {
                continue;
            }

            if (label.Entry.Check == ValueCheck.Luhn)
            {
                end = CardNumber.End(text, start);
            }

            if (!Passes(label.Entry.Check, text.AsSpan(start, end - start), wholeValue: false)
                || _set.ExampleCues.LastEndInSentence(text, label.Start, CueWindow) >= 0
                || (label.Entry.RuleId == _set.PracticeRuleId && IsPracticeCredential(text, label.Start)))
            {
                continue;
            }

            found.TryAdd(new Candidate(label.Entry.RuleId, segment, start, end - start, Confidence.High));
            // "lot numbers NB-401-A and NB-402-A": the caption names every value of the list after it.
            for (var n = 0; n < MaxListValues && IdentifierValue.TryReadNextInList(text, end, out var next, out var nextEnd)
                && Passes(label.Entry.Check, text.AsSpan(next, nextEnd - next), wholeValue: false); n++)
            {
                found.TryAdd(new Candidate(label.Entry.RuleId, segment, next, nextEnd - next, Confidence.High));
                end = nextEnd;
            }
        }
    }

    /// <summary>"MRN0048213, the claim": a code glued to a caption of its own is no value of the caption after it.</summary>
    private static bool HoldsLabel(List<LabelMatch> labels, int start, int end)
    {
        foreach (var label in labels)
        {
            if (label.Start < end && label.End > start)
            {
                return true;
            }
        }

        return false;
    }

    private void AddSsnShapes(Segment segment, SpanSet found, List<(int Start, int Length, char Separator)> shapes)
    {
        if (_set.SsnRuleId is not { } ruleId)
        {
            return;
        }

        var text = segment.Text;
        shapes.Clear();
        SsnScanner.Find(text, shapes);
        foreach (var (start, length, separator) in shapes)
        {
            var cued = _set.SsnCues.LastEnd(text, Math.Max(0, start - CueWindow), start) >= 0;
            if (IdentifierValue.IsPlaceholder(text.AsSpan(start, length)) || (separator == '\0' && !cued))
            {
                continue; // 123-45-6789 is the textbook sample; nine bare digits are an SSN only when captioned
            }

            var confidence = cued ? Confidence.High : separator == '-' ? Confidence.Medium : Confidence.Low;
            found.TryAdd(new Candidate(ruleId, segment, start, length, confidence));
        }
    }

    private void AddStrongFormats(Segment segment, SpanSet found, List<(int Start, int Length)> spans, int digits)
    {
        var formats = _set.Formats;
        for (var f = 0; f < formats.Count; f++)
        {
            var (ruleId, format) = formats[f];
            if (digits < StrongFormatScanner.MinDigits(format))
            {
                continue;
            }

            spans.Clear();
            StrongFormatScanner.Find(segment.Text, format, spans);
            foreach (var (start, length) in spans)
            {
                found.TryAdd(new Candidate(ruleId, segment, start, length, Confidence.Medium));
            }

            found.Commit();
        }
    }

    /// <summary>
    /// "She is licensed in Illinois (license 019.045521)", "Colorado PT license ...": a credential word of the
    /// practice nearer to the caption than any word about a patient ("his commercial licence") means the number
    /// is a staff licence, which the practice publishes on purpose.
    /// </summary>
    private bool IsPracticeCredential(string text, int labelStart)
    {
        var practice = _set.PracticeCues.LastEndInSentence(text, labelStart, ContextWindow);
        var person = _set.PersonCues.LastEndInSentence(text, labelStart, ContextWindow);
        return practice >= 0 && practice > person;
    }

    private static bool Passes(ValueCheck check, ReadOnlySpan<char> value, bool wholeValue) => check switch
    {
        ValueCheck.Ssn => SsnScanner.IsWholeSsn(value),
        ValueCheck.Luhn => IdentifierChecks.IsLuhn(CardNumber.Digits(value)),
        ValueCheck.Dea => IdentifierChecks.IsDea(value),
        _ => !wholeValue || IdentifierValue.IsWholeCode(value),
    };
}
