using System.Collections.Frozen;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Geography;

/// <summary>The embedded word lists of the geography rule: street suffixes, US states and larger regions.</summary>
internal static class GeographyWords
{
    private static readonly Lazy<FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>>> Suffixes =
        new(() => WordLists.LoadWeighted("street-suffixes.txt").GetAlternateLookup<ReadOnlySpan<char>>());

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> States =
        new(() => WordLists.Load("us-states.txt").GetAlternateLookup<ReadOnlySpan<char>>());

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Countries =
        new(() => WordLists.Load("countries.txt").GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Loads the lists now instead of at their first use (see <see cref="DetectorRegistry.WarmUp"/>).</summary>
    public static void WarmUp()
    {
        _ = Suffixes.Value;
        _ = States.Value;
        _ = Countries.Value;
    }

    /// <summary>True for a street suffix ("Street", "St", "Park"); <paramref name="streetOnly"/> is true for suffixes only streets use.</summary>
    public static bool IsSuffix(ReadOnlySpan<char> word, out bool streetOnly)
    {
        streetOnly = false;
        if (word.IsEmpty || word.Length > 16 || !Suffixes.Value.TryGetValue(word, out var weight))
        {
            return false;
        }

        streetOnly = weight == 1;
        return true;
    }

    /// <summary>A two-letter USPS state code, in capitals ("IL"; "in" is a word, not Indiana).</summary>
    public static bool IsStateCode(ReadOnlySpan<char> word) =>
        word.Length == 2 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterUpper(word[1]) && States.Value.Contains(word);

    /// <summary>A state written out ("Illinois", "New Mexico"), compared case-insensitively.</summary>
    public static bool IsStateName(ReadOnlySpan<char> phrase) => phrase.Length > 2 && States.Value.Contains(phrase);

    /// <summary>A state, country, continent or region: too large to be PHI.</summary>
    public static bool IsLargeRegion(ReadOnlySpan<char> phrase) =>
        IsStateName(phrase) || IsStateCode(phrase) || (phrase.Length < 40 && Countries.Value.Contains(phrase));
}
