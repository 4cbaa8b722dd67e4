using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Testimonial signatures: a name under a quote, after a dash at the start of its line or alone on it ("— Nisha R.",
/// "Andrés G., Austin", "— R.K."), which ends its line or goes on with where the person is from.
/// </summary>
internal static class NameSignatures
{
    /// <summary>
    /// The confidence the finder gives a signature whose words no dictionary knows, or that is only initials: the
    /// policy reports it only on a story page, where a quote's signature is a patient's (elsewhere, "— Wikipedia").
    /// </summary>
    public const Confidence StoryOnly = Confidence.Low;

    /// <summary>
    /// The name starts its line (or the segment: a paragraph of its own) and ends it, or a comma follows ("Nisha R.",
    /// "Andrés G., Austin"): the "first name, last initial" form of a testimonial's signature.
    /// </summary>
    public static bool IsAloneOnLine(string text, int start, int end)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return (i < 0 || text[i] == '\n') && Ends(text, end);
    }

    /// <summary>A signature ends its line, or goes on with a comma and where the person is from ("— Ama K., Accra").</summary>
    public static bool Ends(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i == text.Length || text[i] is '\n' or '\r' or ',' or '(' || IsCoupleJoin(text, i);
    }

    /// <summary>"— Rosa and Emilio Lindqvist", "— Rosa y Emilio", "— Rosa & Emilio": two people signing one quote.</summary>
    private static bool IsCoupleJoin(string text, int i)
    {
        var rest = text.AsSpan(i, Math.Min(6, text.Length - i));
        var join = rest.StartsWith("and ", StringComparison.Ordinal) ? 4
            : rest.StartsWith("y ", StringComparison.Ordinal) || rest.StartsWith("& ", StringComparison.Ordinal) ? 2
            : 0;
        return join > 0 && rest.Length > join && char.IsUpper(rest[join]);
    }


    /// <summary>"— R.K.", "— J. M., client since 2019": a signature of initials only (two or more).</summary>
    public static NameMatch? Initials(string text, List<NameToken> tokens, int runStart)
    {
        var end = runStart;
        while (end < tokens.Count && tokens[end].IsInitial && (end == runStart || tokens[end].Start - tokens[end - 1].SpanEnd <= 1))
        {
            end++;
        }

        return end - runStart >= 2 && NameCues.IsSignature(text, tokens[runStart].Start) && Ends(text, tokens[end - 1].SpanEnd)
            ? new NameMatch(tokens[runStart].Start, tokens[end - 1].SpanEnd, StoryOnly, [], NameCue.Signature)
            : null;
    }
}
