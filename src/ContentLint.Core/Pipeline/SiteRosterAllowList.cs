using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Profile;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// The practice's own contact details as the <see cref="SiteRoster"/> learned them from its contact pages and frame,
/// applied to candidates as configured <c>organization.*</c> values are (<see cref="AllowListFilter"/>): the same
/// phone number (by its digits), the same e-mail address, an address that is a run of a learned one or holds a
/// learned street line ("7 Elm Road, Town" under a story), and a "name" that is a learned address's whole town line. A patient's own number or address differs, so it is still reported.
/// </summary>
internal sealed class SiteRosterAllowList
{
    private readonly SiteRoster _roster;
    private readonly OrganizationAddressAllowList _addresses;
    private readonly List<string[]> _streetLines;
    private readonly HashSet<string> _towns;

    public SiteRosterAllowList(SiteRoster roster)
    {
        _roster = roster;
        _addresses = new OrganizationAddressAllowList(roster.Addresses, []);
        // A street line needs a house number and a street word: "7 Elm Road", not a town alone.
        _streetLines = [.. roster.Addresses.Select(a => OrganizationAddressAllowList.Normalize(a.Split(',')[0]))
            .Where(words => words.Length >= 2 && words.Any(w => w.Any(char.IsAsciiDigit)) && words.Any(w => !w.Any(char.IsAsciiDigit)))];
        // The town is the whole line after the street line ("Ashby Hollow" of "7 Elm Road, Ashby Hollow, VT"): neither
        // "Grace" of "12 Grace Avenue" nor "Ashby" alone, which may be a patient's name or another town.
        _towns = new HashSet<string>(roster.Addresses.Select(a => a.Split(',')).Where(parts => parts.Length > 1)
            .Select(parts => string.Join(' ', OrganizationAddressAllowList.Normalize(parts[1]))).Where(town => town.Length > 0), StringComparer.Ordinal);
    }

    /// <summary>True when the roster makes <paramref name="candidate"/> the practice's own.</summary>
    public bool IsAllowed(Candidate candidate) => IsAllowed(candidate.RuleId, candidate.MatchedText);

    /// <summary>True for the rules whose findings a roster can take back: names, addresses, phone, fax and e-mail.</summary>
    public static bool CanAffect(string ruleId) => ruleId is "PHI001" or "PHI002" or "PHI004" or "PHI005" or "PHI006";

    /// <summary>
    /// True when the roster takes back one of <paramref name="findings"/> (found without it): a contact detail of the
    /// practice, or a name with a word of a clinician's name on the roster (which the name rule now judges staff, and
    /// no longer looks for elsewhere on the page as a patient's).
    /// </summary>
    public bool AffectsAny(IReadOnlyList<RosterValue> findings)
    {
        foreach (var finding in findings)
        {
            if (IsAllowed(finding.Rule, finding.Text) || (finding.Rule == "PHI001" && _roster.StaffCount > 0 && HasStaffWord(finding.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAllowed(string ruleId, string text)
    {
        if (_roster.ContactCount == 0)
        {
            return false;
        }

        return ruleId switch
        {
            "PHI004" or "PHI005" => _roster.HasPhone(PhoneDigits.Normalize(text)),
            "PHI006" => EmailAddressScanner.Find(text) is [var email, ..] && _roster.HasEmail(SiteRosterLearner.EmailKey(email)),
            "PHI002" => _addresses.IsAllowed(text) || HoldsStreetLine(text),
            "PHI001" => _towns.Contains(string.Join(' ', OrganizationAddressAllowList.Normalize(text))),
            _ => false,
        };
    }

    private bool HasStaffWord(string text)
    {
        // An image file name's words are joined by '-' or '_': read as words too, as the name rule reads them.
        return HasStaffKey(text) || (text.AsSpan().ContainsAny('-', '_') && HasStaffKey(text.Replace('-', ' ').Replace('_', ' ')));
    }

    private bool HasStaffKey(string text)
    {
        foreach (var token in Detection.Names.NameTokenizer.Tokenize(text))
        {
            if (_roster.StaffKeys.Contains(token.Key))
            {
                return true;
            }
        }

        return false;
    }

    private bool HoldsStreetLine(string text)
    {
        if (_streetLines.Count == 0)
        {
            return false;
        }

        var words = OrganizationAddressAllowList.Normalize(text);
        return _streetLines.Exists(line => OrganizationAddressAllowList.IndexOf(words, line) >= 0);
    }
}
