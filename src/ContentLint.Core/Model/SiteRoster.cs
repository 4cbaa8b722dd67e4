using System.Collections.Frozen;

namespace ContentLint.Core.Model;

/// <summary>
/// What the site says about itself, learned once per scan before any page is judged (docs/whose-details.md): the
/// clinicians its team pages introduce, and the phone numbers, e-mail addresses and street addresses its contact
/// pages and its frame (layouts, partials, footers) give as the practice's own. Every page of the scan reads the same
/// frozen roster (<see cref="PageProfile.Site"/>), the way configured <c>organization.*</c> values apply everywhere.
/// </summary>
public sealed class SiteRoster
{
    private readonly List<FrozenSet<string>> _people;
    private readonly FrozenSet<string> _phones;
    private readonly FrozenSet<string> _emails;

    internal SiteRoster(IEnumerable<IReadOnlyCollection<string>> people, IEnumerable<string> phones, IEnumerable<string> emails, IEnumerable<string> addresses)
    {
        _people = [.. people.Select(p => p.ToFrozenSet(StringComparer.Ordinal))];
        StaffKeys = _people.SelectMany(p => p).ToFrozenSet(StringComparer.Ordinal);
        _phones = phones.ToFrozenSet(StringComparer.Ordinal);
        _emails = emails.ToFrozenSet(StringComparer.Ordinal);
        Addresses = [.. addresses];
    }

    /// <summary>A roster that knows nothing: a single page scanned alone, or a site without team or contact pages.</summary>
    public static SiteRoster Empty { get; } = new([], [], [], []);

    /// <summary>How many staff members the roster holds (safe to print: a count, never a name).</summary>
    public int StaffCount => _people.Count;

    /// <summary>How many phone numbers, e-mail addresses and street addresses the roster holds.</summary>
    public int ContactCount => _phones.Count + _emails.Count + Addresses.Count;

    /// <summary>Every word of every staff name (folded keys, as the name detector makes them).</summary>
    internal FrozenSet<string> StaffKeys { get; }

    /// <summary>The practice's street addresses as written on its contact pages and frame.</summary>
    internal IReadOnlyList<string> Addresses { get; }

    /// <summary>
    /// True when every word of a name belongs to one staff member: "Alma Reyes", "Alma" or "Reyes" once "Dr. Alma
    /// Reyes" is on the roster, never "Alma Soto" (a patient who shares her given name).
    /// </summary>
    internal bool NamesStaff(IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return false;
        }

        foreach (var person in _people)
        {
            var all = true;
            for (var k = 0; k < keys.Count && all; k++)
            {
                all = person.Contains(keys[k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="digits"/> (normalized as <c>PhoneDigits</c> does) is the practice's number.</summary>
    internal bool HasPhone(string digits) => _phones.Contains(digits);

    /// <summary>True when <paramref name="address"/> (lower case, no <c>mailto:</c>) is the practice's e-mail address.</summary>
    internal bool HasEmail(string address) => _emails.Contains(address);

    /// <summary>Counts only: the roster holds names and contact details, which are never printed.</summary>
    public override string ToString() => $"SiteRoster {{ Staff = {StaffCount}, Contact = {ContactCount} }}";
}
