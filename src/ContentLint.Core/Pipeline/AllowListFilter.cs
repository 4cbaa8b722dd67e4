using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// Drops candidates that are the practice's own public details, entries of the project allow list, or fields of
/// the consent block. The one place where these lists apply, so detectors stay free of configuration.
/// </summary>
internal sealed class AllowListFilter
{
    private readonly ContentLintConfig _config;
    private readonly HashSet<string> _organizationNumbers;
    private readonly HashSet<string> _organizationEmails;
    private readonly string[] _organizationDomains;
    private readonly StaffNameAllowList _staffNames;

    public AllowListFilter(ContentLintConfig config)
    {
        _config = config;
        // The practice's own address words count as its name: "Port Ellis" in its address is a town, not a patient.
        _staffNames = new StaffNameAllowList(config.Staff.Concat(config.PrivacyReviewers), config.Organization.Names.Concat(config.Organization.Addresses));
        _organizationNumbers = [.. config.Organization.Phones.Concat(config.Organization.Faxes).Select(PhoneDigits.Normalize)];
        _organizationEmails = new HashSet<string>(config.Organization.Emails.Where(e => !e.StartsWith('*')), StringComparer.OrdinalIgnoreCase);
        _organizationDomains =
        [
            .. config.Organization.Emails.Where(e => e.StartsWith("*@", StringComparison.Ordinal)).Select(e => e[2..]),
            .. config.Organization.Domains,
        ];
    }

    /// <summary>True when <paramref name="candidate"/> must not be reported.</summary>
    public bool IsAllowed(Candidate candidate)
    {
        if (candidate.Segment is { Kind: RegionKind.FrontMatterValue, Name: { } key }
            && (key == "consent" || key.StartsWith("consent.", StringComparison.Ordinal) || key.StartsWith("consent[", StringComparison.Ordinal)))
        {
            return true;
        }

        var text = candidate.MatchedText;
        if (_config.Allow.Any(pattern => pattern.Matches(text)))
        {
            return true;
        }

        return candidate.RuleId switch
        {
            "PHI004" or "PHI005" => _organizationNumbers.Contains(PhoneDigits.Normalize(text)),
            "PHI006" => IsOrganizationEmail(text),
            "PHI001" => _staffNames.IsAllowed(text),
            "PHI014" => OrganizationDomainAllowList.For(_config).IsAllowed(text),
            "PHI002" => OrganizationAddressAllowList.For(_config).IsAllowed(text),
            _ => false,
        };
    }

    private bool IsOrganizationEmail(string text)
    {
        var address = text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? text[7..] : text;
        if (_organizationEmails.Contains(address))
        {
            return true;
        }

        var at = address.LastIndexOf('@');
        var domain = at < 0 ? string.Empty : address[(at + 1)..];
        return domain.Length > 0 && _organizationDomains.Any(allowed =>
            domain.Equals(allowed, StringComparison.OrdinalIgnoreCase)
            || domain.EndsWith("." + allowed, StringComparison.OrdinalIgnoreCase));
    }
}
