using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// IP addresses (PHI015) in text, attributes and comments. Version strings ("version 1.2.3.4") and the practice's
/// own infrastructure ("allow our bridge at ...", "our server") are skipped, unless a word about a person stands
/// nearer to the address ("home 203.0.113.58"). Link targets are skipped: a URL's host is the URL rule's concern.
/// </summary>
internal sealed class IpAddressDetector : IDetector
{
    private const int CueWindow = 60;

    private readonly string _ruleId;
    private readonly CueWords _versionCues;
    private readonly CueWords _infrastructureCues;
    private readonly CueWords _personCues;

    public IpAddressDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _versionCues = new CueWords(rule.GetList("versionCues"));
        _infrastructureCues = new CueWords(rule.GetList("infrastructureCues"));
        _personCues = new CueWords(rule.GetList("personCues"));
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        // One list for all segments of the page: most segments find nothing, and a list per segment was garbage.
        var addresses = new List<(int Start, int Length)>();
        foreach (var segment in SegmentScope.PhiSegments(document))
        {
            if (segment.Kind is RegionKind.LinkUrl or RegionKind.ImageSource)
            {
                continue;
            }

            var text = segment.Text;
            IpAddressScanner.Find(text, addresses);
            foreach (var (start, length) in addresses)
            {
                if (_versionCues.LastEnd(text, Math.Max(0, start - 12), start) >= 0)
                {
                    continue;
                }

                var person = _personCues.LastEndInSentence(text, start, CueWindow);
                var infrastructure = _infrastructureCues.LastEndInSentence(text, start, CueWindow);
                if (infrastructure > person)
                {
                    continue;
                }

                candidates.Add(new Candidate(_ruleId, segment, start, length, person >= 0 ? Confidence.High : Confidence.Medium));
            }
        }
    }
}
