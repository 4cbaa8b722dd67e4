using System.Buffers;

namespace ContentLint.Core.Detection;

/// <summary>
/// What the matches of a group of phrase sets are made of: which characters can stand inside one, and which words end
/// one. <see cref="PhraseSetGroup.FindEndingAt"/> uses it to skip text where no wanted match can end, and to know
/// where a scan can start afresh without changing what the scan of the whole text finds.
/// </summary>
internal sealed class PhraseMatchBounds
{
    private readonly PhraseSet[] _sets;

    /// <summary>For ASCII characters, <see cref="CanBeInMatch"/> answered once.</summary>
    private readonly bool[] _asciiInMatch = new bool[128];

    /// <summary>The distinct folded last words of all phrases.</summary>
    private readonly string[] _lastWords;

    /// <summary>The last characters of <see cref="_lastWords"/>.</summary>
    private readonly SearchValues<char> _lastChars;

    public PhraseMatchBounds(IReadOnlyList<PhraseSet> sets)
    {
        _sets = [.. sets];
        for (var c = (char)0; c < 128; c++)
        {
            _asciiInMatch[c] = CanBeInMatchSlow(c);
        }

        _lastWords = [.. _sets.SelectMany(s => s.LastWords).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];
        _lastChars = SearchValues.Create([.. _lastWords.Select(w => w[^1]).Distinct()]);
    }

    /// <summary>True when some match of some set can cover <paramref name="c"/>; a match never spans any other character.</summary>
    public bool CanBeInMatch(char c) => c < 128 ? _asciiInMatch[c] : CanBeInMatchSlow(c);

    /// <summary>
    /// False when no match of any set can end at <paramref name="end"/> as a whole word: such a match ends with a
    /// phrase's last word, letter for letter (folded), and before that word stands a separator, or, for a one-word
    /// phrase, the start of the text or a character that is not a letter or digit. Every separator is neither.
    /// </summary>
    public bool MayEndWholeWordAt(string text, int end)
    {
        // Most places are ruled out by their last character alone.
        if (end <= 0 || end > text.Length || !_lastChars.Contains(PhraseSet.Fold(text[end - 1])))
        {
            return false;
        }

        foreach (var word in _lastWords)
        {
            var start = end - word.Length;
            if (start < 0 || end > text.Length || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            var i = 0;
            while (i < word.Length && PhraseSet.Fold(text[start + i]) == word[i])
            {
                i++;
            }

            if (i == word.Length)
            {
                return true;
            }
        }

        return false;
    }

    private bool CanBeInMatchSlow(char c)
    {
        foreach (var set in _sets)
        {
            if (set.CanBeInMatch(c))
            {
                return true;
            }
        }

        return false;
    }
}
