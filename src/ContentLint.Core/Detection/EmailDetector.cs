using System.Collections.Frozen;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection;

/// <summary>
/// E-mail addresses (PHI006) in text, attributes, comments and mailto: links. Skips the RFC 2606 documentation
/// domains and file names that look like addresses (logo@2x.png), both listed in the catalog. Off patient stories
/// (the practice's own pages) an address counts only with a patient cue in its sentence (<see cref="PracticeContact"/>);
/// high confidence needs such a cue anywhere.
/// </summary>
internal sealed class EmailDetector : IDetector
{
    private readonly string _ruleId;
    private readonly string[] _placeholderDomains;
    private readonly FrozenSet<string> _fileExtensions;
    private readonly FrozenSet<string> _roleLocalParts;
    private readonly PracticeContact _practice;

    public EmailDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _placeholderDomains = [.. rule.GetList("placeholderDomains").Select(d => d.ToLowerInvariant())];
        _fileExtensions = rule.GetList("fileExtensions").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _roleLocalParts = rule.GetList("roleLocalParts").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _practice = new PracticeContact(rule.GetList("patientCues"));
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        // One list for all segments of the page: most segments find nothing, and a list per segment was garbage.
        var addresses = new List<EmailAddressMatch>();
        var kind = document.Profile.Kind;
        var practicePage = PracticeContact.IsPracticePage(document.Profile);
        foreach (var segment in SegmentScope.PhiSegments(document))
        {
            // A mailto: link has no sentence: on the practice's pages it is the practice's "write to us" link.
            if (practicePage && segment.Kind == RegionKind.LinkUrl)
            {
                continue;
            }

            EmailAddressScanner.Find(segment.Text, addresses);
            foreach (var address in addresses)
            {
                var patientCue = segment.Kind != RegionKind.LinkUrl
                    && _practice.HasPatientCue(segment.Text, address.Start, address.Start + address.Length, kind);
                if (IsAddress(address.Domain) && (segment.Kind == RegionKind.LinkUrl
                    || PracticeContact.Counts(segment, address.Start, address.Start + address.Length, document.Profile, patientCue)))
                {
                    candidates.Add(new Candidate(_ruleId, segment, address.Start, address.Length, ConfidenceOf(address, patientCue))
                    {
                        Reason = patientCue ? "a patient cue in its sentence" : "an address on a patient-story, article or news page",
                    });
                }
            }
        }
    }

    private bool IsAddress(string domain)
    {
        if (!EmailAddressScanner.HasValidTopLevel(domain) || _fileExtensions.Contains(domain[(domain.LastIndexOf('.') + 1)..]))
        {
            return false;
        }

        foreach (var placeholder in _placeholderDomains)
        {
            if (domain == placeholder || domain.EndsWith("." + placeholder, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only a patient cue makes an address surely a patient's, and never a shared mailbox's.</summary>
    private Confidence ConfidenceOf(EmailAddressMatch address, bool patientCue) =>
        patientCue && !_roleLocalParts.Contains(address.LocalPart) ? Confidence.High : Confidence.Medium;
}
