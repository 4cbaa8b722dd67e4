using System.Collections.Frozen;
using ContentLint.Core.Detection.Context;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Replies;

/// <summary>
/// What in a practice's reply confirms that the reviewer is its patient, most telling first: the reviewer's own name
/// (a word of the record's person key, or the name a greeting addresses: "Thank you, Wren!"), then words about their
/// care ("your crown", "your visit", "our patient"). A reply that only thanks ("Thank you for your kind words") confirms
/// nothing.
/// </summary>
internal sealed class ReplyConfirmation
{
    /// <summary>How many words may stand between "your" and the care noun ("your new porcelain crown").</summary>
    private const int MaxWordsAfterYour = 3;

    /// <summary>Longer than any greeting ("good afternoon").</summary>
    private const int GreetingReach = 24;

    private readonly CueWords _greetings;
    private readonly CueWords _carePhrases;
    private readonly FrozenSet<string> _visitNouns;
    private readonly FrozenSet<string> _notAddressees;
    private readonly FrozenSet<string> _notCareWords;
    private readonly FrozenSet<string> _anonymous;

    public ReplyConfirmation(RuleDefinition rule, RuleDefinition? names)
    {
        _greetings = new CueWords(rule.GetList("greetings"));
        _carePhrases = new CueWords(rule.GetList("carePhrases"));
        _visitNouns = rule.GetList("visitNouns").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _notAddressees = rule.GetList("notAddressees").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _notCareWords = rule.GetList("notCareWords").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _anonymous = (names?.GetList("anonymousSigners") ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The first span of <paramref name="text"/> from <paramref name="from"/> that confirms the reviewer is a patient, and why; or null.</summary>
    /// <param name="reviewer">The lower-case words of the reviewer's name, when the reply sits in a review record.</param>
    public (int Start, int End, string Why)? Find(string text, int from, IReadOnlyList<string> reviewer)
    {
        var words = Words(text, from);
        for (var i = 0; i < words.Count; i++)
        {
            var (start, end) = words[i];
            var word = text.AsSpan(start, end - start);
            if (char.IsUpper(word[0]) && word.Length > 1 && IsReviewerWord(word, reviewer))
            {
                return (start, end, "the reply names the reviewer");
            }
        }

        if (Addressee(text, words) is { } addressee)
        {
            return (addressee.Start, addressee.End, "the reply names the reviewer");
        }

        var phrases = _carePhrases.FindAll(text, from);
        var your = YourCare(text, words);
        if (phrases.Count > 0 && (your is null || phrases[0].Start < your.Value.Start))
        {
            return (phrases[0].Start, phrases[0].End, "the reply speaks of the reviewer's care");
        }

        return your is { } care ? (care.Start, care.End, "the reply speaks of the reviewer's care") : null;
    }

    private bool IsReviewerWord(ReadOnlySpan<char> word, IReadOnlyList<string> reviewer)
    {
        foreach (var name in reviewer)
        {
            if (name.Length > 1 && word.Equals(name, StringComparison.OrdinalIgnoreCase) && !_anonymous.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Thank you, Wren!", "Hi Wren,", "Dear Mrs. Calloway": the capitalized word a greeting opening a sentence addresses.</summary>
    private (int Start, int End)? Addressee(string text, List<(int Start, int End)> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var (start, _) = words[i];
            if (!OpensSentence(text, start) || !_greetings.StartsAt(text, start))
            {
                continue;
            }

            var greeting = _greetings.FindAll(text, start, Math.Min(text.Length, start + GreetingReach)).Find(g => g.Start == start);
            if (greeting.End <= start)
            {
                continue;
            }

            var greetingEnd = greeting.End;
            var next = i;
            while (next < words.Count && words[next].Start < greetingEnd)
            {
                next++;
            }

            while (next < words.Count && _notAddressees.Contains(text[words[next].Start..words[next].End]) && char.IsLower(text[words[next].Start]))
            {
                next++; // "Thank you so much, Wren"
            }

            // "Thank you! The team": a name is addressed in the greeting's own sentence.
            if (next < words.Count && text.AsSpan(greetingEnd, words[next].Start - greetingEnd).IndexOfAny(".!?") >= 0)
            {
                continue;
            }

            if (next < words.Count && text[words[next].Start] is var firstLetter && char.IsUpper(firstLetter)
                && !_notAddressees.Contains(text[words[next].Start..words[next].End]) && IsAddressed(text, words[next].End))
            {
                return words[next];
            }
        }

        return null;
    }

    /// <summary>A name is addressed when punctuation or the end follows it, or another capitalized word ("Hi Wren Calloway,").</summary>
    private static bool IsAddressed(string text, int end)
    {
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }

        return end >= text.Length || text[end] is ',' or '!' or '.' or ';' or ':' or '\n' or '\u2014' or '-' || char.IsUpper(text[end]);
    }

    /// <summary>"your crown", "your recent visit", "your son's braces": "your" and, within a few words, a care noun or a health term.</summary>
    private (int Start, int End)? YourCare(string text, List<(int Start, int End)> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!text.AsSpan(words[i].Start, words[i].End - words[i].Start).Equals("your", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var k = i + 1; k < words.Count && k <= i + MaxWordsAfterYour; k++)
            {
                var word = text[words[k].Start..words[k].End];
                if (_notCareWords.Contains(word))
                {
                    break; // "your health", "your kind words": said to anyone
                }

                if (_visitNouns.Contains(word) || HealthVocabulary.IsHealthTerm(word))
                {
                    return (words[i].Start, words[k].End);
                }
            }
        }

        return null;
    }

    private static bool OpensSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '*' or '_' or '"' or '\u201C')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n';
    }

    /// <summary>The letter runs of <paramref name="text"/> from <paramref name="from"/> (an apostrophe inside a word keeps it whole).</summary>
    private static List<(int Start, int End)> Words(string text, int from)
    {
        var words = new List<(int Start, int End)>();
        var start = -1;
        for (var i = from; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || (start >= 0 && text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((start, i));
                start = -1;
            }
        }

        return words;
    }
}
