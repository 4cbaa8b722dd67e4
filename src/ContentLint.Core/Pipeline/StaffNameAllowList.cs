using System.Collections.Frozen;
using ContentLint.Core.Detection.Names;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// Staff and organization names with their variants: "Dr. Maria Lopez, DDS" allows "Dr. Lopez", "Maria Lopez",
/// "Maria", "Lopez", "M. Lopez" and "Dr. Maria Lopez, DDS", in any case and with or without accents; common short
/// forms of a given name ("Sam" for "Samuel") too. Organization names are allowed as a whole and word by word.
/// </summary>
internal sealed class StaffNameAllowList
{
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "nurse"], StringComparer.Ordinal);

    private readonly List<HashSet<string>> _people = [];
    private readonly HashSet<string> _organizationWords = new(StringComparer.Ordinal);

    public StaffNameAllowList(IEnumerable<string> staff, IEnumerable<string> organizationNames)
    {
        foreach (var entry in staff)
        {
            var words = Words(entry.Split(',')[0]);
            var person = new HashSet<string>(words, StringComparer.Ordinal);
            foreach (var word in words)
            {
                person.UnionWith(NameNicknames.Of(word));
            }

            if (person.Count > 0)
            {
                _people.Add(person);
            }
        }

        foreach (var name in organizationNames)
        {
            _organizationWords.UnionWith(Words(name));
        }
    }

    /// <summary>True when every word of <paramref name="text"/> belongs to one staff member, or to the organization's names.</summary>
    public bool IsAllowed(string text)
    {
        var tokens = NameTokenizer.Tokenize(text).Where(t => !Titles.Contains(t.Key)).ToList();
        if (tokens.Count == 0)
        {
            return false;
        }

        if (tokens.TrueForAll(t => _organizationWords.Contains(t.Key)))
        {
            return true;
        }

        return _people.Exists(person => tokens.TrueForAll(t =>
            t.IsInitial ? person.Any(w => w[0] == t.Key[0]) : person.Contains(t.Key)));
    }

    private static List<string> Words(string text) =>
        [.. NameTokenizer.Tokenize(text).Where(t => !Titles.Contains(t.Key) && !t.IsInitial).Select(t => t.Key)];
}
