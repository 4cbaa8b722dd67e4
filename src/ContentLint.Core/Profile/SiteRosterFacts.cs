using ContentLint.Core.Detection.Names;
using ContentLint.Core.Model;

namespace ContentLint.Core.Profile;

/// <summary>What the pages of one scan said about the practice, gathered from many threads and frozen once into a <see cref="SiteRoster"/>.</summary>
internal sealed class SiteRosterFacts
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _people = new(StringComparer.Ordinal);
    private readonly List<string[]> _peopleKeys = [];
    private readonly HashSet<string> _phones = new(StringComparer.Ordinal);
    private readonly HashSet<string> _emails = new(StringComparer.Ordinal);
    private readonly HashSet<string> _addresses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string[] Keys, HashSet<string> Pages)> _titled = new(StringComparer.Ordinal);

    /// <summary>How many pages must give the same full name a clinician title for it to be staff off the roster pages.</summary>
    private const int TitledPages = 2;

    /// <summary>Full names <paramref name="page"/> gives a clinician title (a page other than a team, contact or layout page).</summary>
    public void AddTitled(string page, List<string[]> people)
    {
        lock (_lock)
        {
            foreach (var person in people)
            {
                var key = string.Join(' ', person);
                if (!_titled.TryGetValue(key, out var seen))
                {
                    _titled[key] = seen = (person, new HashSet<string>(StringComparer.Ordinal));
                }

                seen.Pages.Add(page);
            }
        }
    }

    /// <summary>What a team, contact or layout page introduced: staff (name keys), phone digits, e-mail keys, street addresses.</summary>
    public void Add(List<string[]> people, List<string> phones, List<string> emails, List<string> addresses)
    {
        if (people.Count + phones.Count + emails.Count + addresses.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            foreach (var person in people)
            {
                if (_people.Add(string.Join(' ', person)))
                {
                    _peopleKeys.Add(person);
                }
            }

            // A short extension or a local number without its area code is no number to compare others with.
            _phones.UnionWith(phones.Where(p => p.Length >= 7));
            _emails.UnionWith(emails);
            _addresses.UnionWith(addresses);
        }
    }

    /// <summary>The roster learned so far, frozen; addresses in a stable order.</summary>
    public SiteRoster Build()
    {
        lock (_lock)
        {
            var people = _peopleKeys.Concat(_titled.Values.Where(t => t.Pages.Count >= TitledPages && !_people.Contains(string.Join(' ', t.Keys))).Select(t => t.Keys))
                .OrderBy(p => string.Join(' ', p), StringComparer.Ordinal)
                .Select(WithShortForms)
                .ToList();
            return new SiteRoster(people, _phones, _emails, _addresses.Order(StringComparer.Ordinal));
        }
    }

    /// <summary>A person's name words and the common short forms of their given name ("Will" for "William"), as configured staff have.</summary>
    private static string[] WithShortForms(string[] keys) => [.. keys, .. NameNicknames.Of(keys[0])];
}
