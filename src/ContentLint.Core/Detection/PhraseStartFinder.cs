using System.Buffers;

namespace ContentLint.Core.Detection;

/// <summary>
/// Where a phrase of one or more <see cref="PhraseSet"/>s might start: where the first word of a phrase stands (one
/// vectorized case-insensitive multi-string search), or where a phrase's first character does when the stretch holds
/// a Kelvin sign, which the regex, unlike an ordinal search, takes for a k. Every position a phrase can match at is
/// found; positions where none matches are left to <see cref="PhraseSet.TryMatchAt"/> to reject.
/// </summary>
internal sealed class PhraseStartFinder
{
    /// <summary>The regex's case-insensitive equivalent of k besides K.</summary>
    public const char KelvinSign = '\u212A';

    private readonly string[]? _firstWords;
    private readonly char[] _firstChars;
    private readonly SearchValues<string>? _wordSearch;
    private readonly SearchValues<char> _charSearch;
    private readonly int _longestFirstWord;

    /// <param name="firstWords">The folded first word of every phrase, or null when a phrase is empty (then only first characters are searched).</param>
    /// <param name="firstChars">Every character a phrase can start with, in each case (and the Kelvin sign for k).</param>
    public PhraseStartFinder(IEnumerable<string>? firstWords, IEnumerable<char> firstChars)
    {
        _firstChars = [.. firstChars.Distinct()];
        _charSearch = SearchValues.Create(_firstChars);
        _firstWords = firstWords?.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (_firstWords is { Length: > 0 })
        {
            _wordSearch = SearchValues.Create(_firstWords, StringComparison.OrdinalIgnoreCase);
            _longestFirstWord = _firstWords.Max(w => w.Length);
        }
    }

    /// <summary>One finder for the phrases of all <paramref name="finders"/> (see <see cref="PhraseSetGroup"/>).</summary>
    public static PhraseStartFinder Union(IReadOnlyList<PhraseStartFinder> finders) =>
        new(finders.Count > 0 && finders.All(f => f._firstWords is not null) ? finders.SelectMany(f => f._firstWords!) : null,
            finders.SelectMany(f => f._firstChars));

    /// <summary>The first position of <paramref name="rest"/> where a phrase might match, or -1.</summary>
    public int Next(ReadOnlySpan<char> rest)
    {
        if (_wordSearch is null)
        {
            return rest.IndexOfAny(_charSearch);
        }

        // A Kelvin sign anywhere in a first word that starts before the hit hides that word from the ordinal search.
        var next = rest.IndexOfAny(_wordSearch);
        var searched = next < 0 ? rest : rest[..Math.Min(rest.Length, next + _longestFirstWord)];
        return searched.Contains(KelvinSign) ? rest.IndexOfAny(_charSearch) : next;
    }
}
