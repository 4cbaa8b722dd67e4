using ContentLint.Core.Config;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// The organization's configured addresses (and names), compared by normalized words: case, punctuation and
/// white space are ignored, and the usual abbreviations (St/Street, Ave/Avenue, Ste/Suite) are folded. A finding is
/// the practice's own when its words are a run of one configured address that holds its street line or ZIP code
/// ("88 Summit Ave", "CO 80999"); a city alone is not enough, since patients live there too.
/// </summary>
internal sealed class OrganizationAddressAllowList
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["street"] = "st", ["avenue"] = "ave", ["av"] = "ave", ["road"] = "rd", ["drive"] = "dr", ["lane"] = "ln",
        ["boulevard"] = "blvd", ["court"] = "ct", ["place"] = "pl", ["terrace"] = "ter", ["highway"] = "hwy",
        ["parkway"] = "pkwy", ["circle"] = "cir", ["suite"] = "ste", ["apartment"] = "apt", ["building"] = "bldg",
        ["floor"] = "fl", ["room"] = "rm", ["north"] = "n", ["south"] = "s", ["east"] = "e", ["west"] = "w",
        ["square"] = "sq", ["trail"] = "trl", ["route"] = "rte", ["mount"] = "mt", ["fort"] = "ft",
    };

    private readonly List<(string[] Words, int StreetWords)> _addresses;
    private readonly HashSet<string> _names;

    public OrganizationAddressAllowList(IEnumerable<string> addresses, IEnumerable<string> names)
    {
        _addresses = [.. addresses.Select(a => (Normalize(a), Normalize(a.Split(',')[0]).Length))];
        _names = new HashSet<string>(names.Select(n => string.Join(' ', Normalize(n))), StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="text"/> is (part of) a configured address, or an organization name.</summary>
    public bool IsAllowed(string text)
    {
        var words = Normalize(text);
        if (words.Length == 0)
        {
            return false;
        }

        if (_names.Contains(string.Join(' ', words)))
        {
            return true;
        }

        foreach (var (address, streetWords) in _addresses)
        {
            var at = IndexOf(address, words);
            // The run must reach into the street line, or hold the ZIP code: "Granite Ridge" alone is just the town.
            if (at >= 0 && (at < streetWords || words.Any(w => w.Length >= 5 && w.All(char.IsAsciiDigit))))
            {
                return true;
            }
        }

        return false;
    }

    internal static int IndexOf(string[] haystack, string[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }

    internal static string[] Normalize(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019')
            {
                continue;
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return [.. words];

        void Flush()
        {
            if (word.Length > 0)
            {
                var w = word.ToString();
                words.Add(Abbreviations.TryGetValue(w, out var abbreviation) ? abbreviation : w);
                word.Clear();
            }
        }
    }
}
