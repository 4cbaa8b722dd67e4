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
    private readonly IReadOnlyList<AllowPattern> _allow;
    private readonly HashSet<string> _organizationNumbers;
    private readonly HashSet<string> _organizationEmails;
    private readonly StaffNameAllowList _staffNames;
    private readonly OrganizationDomainAllowList _domains;
    private readonly OrganizationAddressAllowList _addresses;

    public AllowListFilter(ContentLintConfig config)
    {
        _allow = config.Allow;
        _domains = new OrganizationDomainAllowList(config);
        _addresses = new OrganizationAddressAllowList(config.Organization.Addresses, config.Organization.Names);
        // The practice's own address words count as its name: "Port Ellis" in its address is a town, not a patient.
        _staffNames = new StaffNameAllowList(config.Staff.Concat(config.PrivacyReviewers), config.Organization.Names.Concat(config.Organization.Addresses));
        _organizationNumbers = [.. config.Organization.Phones.Concat(config.Organization.Faxes).Select(PhoneDigits.Normalize)];
        _organizationEmails = new HashSet<string>(config.Organization.Emails.Where(e => !e.StartsWith('*')), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="candidate"/> must not be reported.</summary>
    public bool IsAllowed(Candidate candidate)
    {
        if (candidate.Segment is { IsKeyedValue: true, Name: { } key } && IsConsentKey(key))
        {
            return true;
        }

        var text = candidate.MatchedText;
        // A plain loop: every candidate comes here, and a lambda over its text made a closure each time.
        for (var i = 0; i < _allow.Count; i++)
        {
            if (_allow[i].Matches(text))
            {
                return true;
            }
        }

        return candidate.RuleId switch
        {
            "PHI004" or "PHI005" => _organizationNumbers.Contains(PhoneDigits.Normalize(text)),
            "PHI006" => IsOrganizationEmail(text),
            "PHI001" => _staffNames.IsAllowed(text),
            "PHI014" => _domains.IsAllowed(text),
            "PHI002" => _addresses.IsAllowed(text),
            _ => false,
        };
    }

    /// <summary>
    /// A value of a <c>consent:</c> block (its form number, its dates, its approver): the page's or a record's
    /// (<c>consent.signed</c>, <c>reviews[2].consent.form_id</c>, <c>consent.scope[0]</c>). Only the block's own keys:
    /// a CMS's <c>forms.consent.body</c> text is content like any other.
    /// </summary>
    private static bool IsConsentKey(string path)
    {
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var field = parts[i + 1];
            var bracket = field.IndexOf('[', StringComparison.Ordinal);
            if (parts[i] == "consent" && i + 2 == parts.Length && Consent.ConsentBlockReader.Keys.Contains(bracket < 0 ? field : field[..bracket]))
            {
                return true;
            }
        }

        return path == "consent";
    }

    private bool IsOrganizationEmail(string text)
    {
        var address = text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? text[7..] : text;
        if (_organizationEmails.Contains(address))
        {
            return true;
        }

        // Domains and '*@domain' e-mail entries are one list, shared with the practice's URLs (PHI014).
        var at = address.LastIndexOf('@');
        return at >= 0 && at + 1 < address.Length && _domains.IsOrganizationHost(address[(at + 1)..]);
    }
}
