using System.Collections.Frozen;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Context;

/// <summary>
/// Conditions, procedures, medications, body parts and care words (rules/dictionaries/health-terms.txt), loaded once.
/// Detectors use it to raise confidence when an identifier stands near health information ("her knee replacement").
/// </summary>
internal static class HealthVocabulary
{
    /// <summary>The longest phrase looked up, in words; bounds the work per word of a window.</summary>
    private const int MaxPhraseWords = 4;

    /// <summary>Longer tokens are no vocabulary words (URLs, base64): skipping them keeps lookups cheap.</summary>
    private const int MaxTermLength = 64;

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Terms =
        new(() => WordLists.Load("health-terms.txt").GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>
    /// The first words of the vocabulary's phrases ("knee" of "knee replacement"): a longer phrase is looked up only
    /// from one of them. Every key of a phrase lookup, plurals folded or not, starts with its first word and a space,
    /// and a list entry equal to it starts with the same word and its first space: the skipped lookups all fail.
    /// </summary>
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> PhraseStarts =
        new(() => WordLists.Load("health-terms.txt").Where(t => t.Contains(' ', StringComparison.Ordinal)).Select(t => t[..t.IndexOf(' ', StringComparison.Ordinal)])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Loads the vocabulary now instead of at its first use (see <see cref="DetectorRegistry.WarmUp"/>).</summary>
    public static void WarmUp()
    {
        _ = Terms.Value;
        _ = PhraseStarts.Value;
    }

    /// <summary>True when <paramref name="term"/> (a word, or words joined by single spaces) is in the vocabulary, plurals folded.</summary>
    public static bool IsHealthTerm(ReadOnlySpan<char> term)
    {
        if (term.IsEmpty || term.Length > MaxTermLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxTermLength + 1];
        var normalized = Normalize(term, buffer);
        var lookup = Terms.Value;
        if (lookup.Contains(normalized))
        {
            return true;
        }

        // Folds the last word only: "knee replacements", "surgeries", "the patient's".
        return normalized.Length > 3 && (
            (normalized.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && lookup.Contains(normalized[..^2]))
            || (normalized.EndsWith("es", StringComparison.OrdinalIgnoreCase) && lookup.Contains(normalized[..^2]))
            || (normalized.EndsWith('s') || normalized.EndsWith('S')) && lookup.Contains(normalized[..^1])
            || (normalized.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && ContainsWithY(lookup, normalized)));
    }

    /// <summary>"surgeries" → "surgery": the buffer is the caller's copy, so it may be overwritten.</summary>
    private static bool ContainsWithY(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, Span<char> normalized)
    {
        normalized[^3] = 'y';
        return lookup.Contains(normalized[..^2]);
    }

    /// <summary>
    /// True when a vocabulary word or phrase stands in <paramref name="text"/> within <paramref name="window"/>
    /// characters of [<paramref name="start"/>, <paramref name="end"/>) (the range itself included).
    /// Linear in the window: each word is looked up with at most <see cref="MaxPhraseWords"/> - 1 following words.
    /// </summary>
    public static bool HasHealthContext(string text, int start, int end, int window)
    {
        ArgumentNullException.ThrowIfNull(text);
        var from = Math.Clamp(start - Math.Max(window, 0), 0, text.Length);
        var to = Math.Clamp(end + Math.Max(window, 0), from, text.Length);
        var words = HealthWordForms.Words(text, from, to);
        Span<char> phrase = stackalloc char[MaxTermLength];
        while (words.MoveNext())
        {
            var length = 0;
            var following = words; // a copy: walks this word and the ones after it, leaving the outer walk in place
            for (var k = 0; k < MaxPhraseWords && (k == 0 || following.MoveNext()); k++)
            {
                var word = following.Word;
                if (length + word.Length + 1 > MaxTermLength)
                {
                    break;
                }

                if (k > 0)
                {
                    phrase[length++] = ' ';
                }

                word.CopyTo(phrase[length..]);
                length += word.Length;
                if (IsHealthTerm(phrase[..length]))
                {
                    return true;
                }

                if (k == 0 && !StartsPhrase(word))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> (a word of the text, at most <see cref="MaxTermLength"/> characters) is the first word of a vocabulary phrase.</summary>
    private static bool StartsPhrase(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxTermLength + 1];
        return PhraseStarts.Value.Contains(Normalize(word, buffer));
    }

    /// <summary>Copies <paramref name="term"/> with the typographic apostrophe as ASCII, as the list spells it.</summary>
    private static Span<char> Normalize(ReadOnlySpan<char> term, Span<char> buffer)
    {
        term.CopyTo(buffer);
        var result = buffer[..term.Length];
        result.Replace('\u2019', '\'');
        return result;
    }
}
