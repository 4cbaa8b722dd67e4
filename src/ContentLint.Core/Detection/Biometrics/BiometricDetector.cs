using System.Collections.Frozen;
using ContentLint.Core.Detection.Context;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Detection.Biometrics;

/// <summary>
/// Biometric identifiers (PHI016): a fingerprint, palm-vein, iris, retina or facial scan, voiceprint or gait record tied
/// to a person ("his right index fingerprint"), and audio recordings of a patient's voice on patient pages. Generic
/// mentions ("the kiosk can read a fingerprint") have no person in their sentence and are not reported.
/// </summary>
internal sealed class BiometricDetector : IDetector
{
    /// <summary>How far the sentence around a term is searched for a person.</summary>
    private const int SentenceReach = 200;

    /// <summary>At most this many modifiers ("right index", "3D") belong to the span.</summary>
    private const int MaxModifiers = 3;

    private readonly string _ruleId;
    private readonly CueWords _terms;
    private readonly FrozenSet<string> _modifiers;
    private readonly AudioRecordings _audio;

    public BiometricDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _terms = new CueWords(rule.GetList("terms"), hyphenJoinsWords: true);
        _modifiers = rule.GetList("modifiers").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _audio = new AudioRecordings(rule.GetList("audioExtensions"), rule.GetList("audioNameCues"));
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        var patientPage = document.Profile.IsStory;
        // One list for all segments of the page: most segments find nothing, and a list per segment was garbage.
        var terms = new List<(int Start, int End)>();
        foreach (var segment in SegmentScope.PhiSegments(document))
        {
            if (segment.Kind is RegionKind.LinkUrl or RegionKind.ImageSource || (segment.Kind == RegionKind.Attribute && segment.Name == "src"))
            {
                if (_audio.Classify(segment.Text, patientPage) is { } confidence)
                {
                    candidates.Add(new Candidate(_ruleId, segment, 0, segment.Text.Length, confidence));
                }

                continue;
            }

            _terms.FindAll(segment.Text, terms);
            foreach (var (start, end) in terms)
            {
                if (Classify(segment.Text, start, end, patientPage, out var spanStart) is { } confidence)
                {
                    candidates.Add(new Candidate(_ruleId, segment, spanStart, end - spanStart, confidence));
                }
            }
        }
    }

    private Confidence? Classify(string text, int start, int end, bool patientPage, out int spanStart)
    {
        spanStart = ModifiersStart(text, start);
        var owner = PreviousWord(text, spanStart);
        if (owner.Length > 0 && (PersonWords.IsPronoun(owner) || owner.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || owner.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
        {
            return Confidence.High;
        }

        var (sentenceStart, sentenceEnd) = Sentences.Around(text, start, end, SentenceReach);
        var personInSentence = PersonWords.HasPronoun(text, sentenceStart, sentenceEnd);
        return personInSentence && patientPage ? Confidence.High
            : personInSentence || patientPage ? Confidence.Medium
            : null;
    }

    /// <summary>Extends the span back over "right index" or "3D" before the term.</summary>
    private int ModifiersStart(string text, int start)
    {
        var spanStart = start;
        for (var i = 0; i < MaxModifiers; i++)
        {
            var word = PreviousWord(text, spanStart);
            if (word.Length == 0 || !_modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                break;
            }

            spanStart = WordStart(text, spanStart);
        }

        return spanStart;
    }

    /// <summary>The word that ends at the single space before <paramref name="index"/>, or empty.</summary>
    private static ReadOnlySpan<char> PreviousWord(string text, int index)
    {
        var wordStart = WordStart(text, index);
        return wordStart < 0 ? [] : text.AsSpan(wordStart, index - 1 - wordStart);
    }

    private static int WordStart(string text, int index)
    {
        if (index < 2 || text[index - 1] != ' ')
        {
            return -1;
        }

        var i = index - 1;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '\'' or '\u2019' or '-') && index - i < 32)
        {
            i--;
        }

        return i < index - 1 ? i : -1;
    }
}
