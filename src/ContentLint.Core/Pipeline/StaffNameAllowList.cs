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
        // Titles removed from the tokenizer's own list, in order, instead of copied out through a Where iterator: the
        // list is new on every call (Tokenize(string) keeps nothing), so changing it in place is safe.
        var tokens = NameTokenizer.Tokenize(text);
        tokens.RemoveAll(t => Titles.Contains(t.Key));
        if (tokens.Count == 0)
        {
            return false;
        }

        // Plain loops instead of TrueForAll and Exists: every name candidate comes here, and the lambdas made three
        // closures per call and one more per staff member.
        if (AllIn(tokens, _organizationWords))
        {
            return true;
        }

        foreach (var person in _people)
        {
            if (AllOf(tokens, person))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllIn(List<NameToken> tokens, HashSet<string> words)
    {
        foreach (var token in tokens)
        {
            if (!words.Contains(token.Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every token is a word of <paramref name="person"/>, an initial that one of the words starts with.</summary>
    private static bool AllOf(List<NameToken> tokens, HashSet<string> person)
    {
        foreach (var token in tokens)
        {
            if (token.IsInitial ? !HasInitial(person, token.Key[0]) : !person.Contains(token.Key))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasInitial(HashSet<string> person, char initial)
    {
        foreach (var word in person)
        {
            if (word[0] == initial)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Words(string text) =>
        [.. NameTokenizer.Tokenize(text).Where(t => !Titles.Contains(t.Key) && !t.IsInitial).Select(t => t.Key)];
}
