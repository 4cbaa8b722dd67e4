using System.Collections.Frozen;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// A Title Case phrase inside a postal address is a town, not a person: "7 Elm Road, Fern Hollow, VT 05000" (a street
/// with its number before it, or a state code or a state and ZIP after it).
/// </summary>
internal sealed class AddressLine
{
    private readonly FrozenSet<string> _states = WordLists.Load("us-states.txt");
    private readonly FrozenSet<string> _streetSuffixes = WordLists.Load("street-suffixes.txt");

    /// <summary>How far back a house number may stand before the street suffix.</summary>
    private const int StreetReach = 40;

    public bool Holds(string text, int start, int end) => HasStateAfter(text, end) || HasStreetBefore(text, start);

    /// <summary>", VT" or ", Vermont 05000" right after the phrase.</summary>
    private bool HasStateAfter(string text, int end)
    {
        var i = end;
        if (i >= text.Length || text[i] != ',')
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var wordStart = i;
        while (i < text.Length && char.IsLetter(text[i]) && i - wordStart < 20)
        {
            i++;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        if (word.Length == 0 || !_states.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }

        if (word.Length == 2)
        {
            return char.IsUpper(word[0]) && char.IsUpper(word[1]) && (i == text.Length || !char.IsLetter(text[i]));
        }

        var rest = text.AsSpan(i).TrimStart(' ');
        return char.IsUpper(word[0]) && rest.Length >= 5 && !rest[..5].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>"12 Linden Road, " right before the phrase: a street suffix before the comma and a house number before it.</summary>
    private bool HasStreetBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        if (i < 0 || text[i] != ',')
        {
            return false;
        }

        var wordEnd = i;
        i--;
        while (i >= 0 && char.IsLetter(text[i]) && wordEnd - i < 20)
        {
            i--;
        }

        var word = text.AsSpan(i + 1, wordEnd - i - 1);
        if (word.Length == 0 || !char.IsUpper(word[0]) || !_streetSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }

        var from = Math.Max(0, i - StreetReach);
        var line = text.AsSpan(from, i + 1 - from);
        var lineStart = line.LastIndexOf('\n');
        return line[(lineStart + 1)..].IndexOfAnyInRange('0', '9') >= 0;
    }
}
