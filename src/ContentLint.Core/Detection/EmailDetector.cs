using System.Collections.Frozen;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection;

/// <summary>
/// E-mail addresses (PHI006) in text, attributes, comments and mailto: links. Skips the RFC 2606 documentation
/// domains and file names that look like addresses (logo@2x.png), both listed in the catalog.
/// </summary>
internal sealed class EmailDetector : IDetector
{
    private readonly string _ruleId;
    private readonly string[] _placeholderDomains;
    private readonly FrozenSet<string> _fileExtensions;
    private readonly FrozenSet<string> _roleLocalParts;

    public EmailDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _placeholderDomains = [.. rule.GetList("placeholderDomains").Select(d => d.ToLowerInvariant())];
        _fileExtensions = rule.GetList("fileExtensions").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _roleLocalParts = rule.GetList("roleLocalParts").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        // One list for all segments of the page: most segments find nothing, and a list per segment was garbage.
        var addresses = new List<EmailAddressMatch>();
        foreach (var segment in SegmentScope.PhiSegments(document))
        {
            EmailAddressScanner.Find(segment.Text, addresses);
            foreach (var address in addresses)
            {
                if (IsAddress(address.Domain))
                {
                    candidates.Add(new Candidate(_ruleId, segment, address.Start, address.Length, ConfidenceOf(address)));
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

    /// <summary>Shared mailboxes and obfuscated forms are weaker evidence of one person's address.</summary>
    private Confidence ConfidenceOf(EmailAddressMatch address) =>
        address.Obfuscated || _roleLocalParts.Contains(address.LocalPart) ? Confidence.Medium : Confidence.High;
}
