namespace ContentLint.Core.Detection.Names;

/// <summary>
/// People a sentence honours ("Special thanks to A, who designed our logo, and to B", "Congratulations to A"): the
/// words right after "to" in such a sentence are a name by position when the last is a dictionary surname, and the
/// people one sentence honours together are one kind of person (when one is reported as a patient, so are the rest).
/// </summary>
internal sealed class NameHonourees(NameLexicon lexicon)
{
    public const string Reason = "a name honoured with a patient's in one sentence";

    /// <summary>How far back the honouring phrase of the sentence is looked for.</summary>
    private const int SentenceReach = 240;

    /// <summary>
    /// The run at <paramref name="runStart"/> follows a lower-case "to" (folded by the caller) in a sentence that
    /// honours people before it ("Congratulations to", "mentions go to").
    /// </summary>
    public bool FollowsHonour(string text, List<NameToken> tokens, int runStart)
    {
        if (runStart == 0 || tokens[runStart - 1].IsCapitalized || tokens[runStart - 1].Key != "to"
            || tokens[runStart].Start - tokens[runStart - 1].End != 1)
        {
            return false;
        }

        var start = tokens[runStart].Start;
        var from = Text.Sentences.Start(text, start, SentenceReach);
        return lexicon.HonourPhraseSearch.ContainsAny(text.AsSpan(from, start - from));
    }

    /// <summary>
    /// "to A, who ..., and to B": <paramref name="match"/> follows "and to", <paramref name="listed"/> follows "to"
    /// earlier in the same sentence, and that sentence honours people.
    /// </summary>
    public bool Continues(string text, NameMatch listed, NameMatch match)
    {
        if (listed.End > match.Start || !FollowsAndTo(text, match.Start) || !FollowsTo(text, listed.Start))
        {
            return false;
        }

        var from = Text.Sentences.Start(text, match.Start, SentenceReach);
        return listed.Start >= from && lexicon.HonourPhraseSearch.ContainsAny(text.AsSpan(from, match.Start - from));
    }

    private static bool FollowsTo(string text, int start) => text.AsSpan(0, start).TrimEnd().EndsWith(" to", StringComparison.Ordinal);

    private static bool FollowsAndTo(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 10), Math.Min(10, start)).TrimEnd();
        return before.EndsWith(" and to", StringComparison.Ordinal) || before.EndsWith(",and to", StringComparison.Ordinal);
    }
}
