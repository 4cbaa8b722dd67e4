namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Whether a name sits in a Title Case phrase: a heading, title, bold label or list item whose every word but the
/// small ones is capitalized ("Case Study: How We Rebuilt A Smile", "5 Ways To Sleep Better", "Use Case Layer").
/// There capitalization says nothing about people, so a dictionary word there is no name without a stronger cue.
/// </summary>
internal static class TitleCasePhrase
{
    /// <summary>A phrase longer than this is prose, not a title (bounds the scan too).</summary>
    private const int MaxLength = 120;

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "vs", "via", "per", "into", "onto", "over", "up", "off", "is", "are", "be",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Small = SmallWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when [<paramref name="start"/>, <paramref name="end"/>) lies in a Title Case phrase with at least one
    /// capitalized word of its own besides the name, or is a phrase of its own ending in a colon (a bold label
    /// "**Add Manual Retry**:"). <paramref name="shortTitle"/> allows two-word phrases (a heading, a link text), where
    /// prose needs three ("Thanks Sarah" is a sentence).
    /// </summary>
    public static bool Holds(string text, int start, int end, bool shortTitle)
    {
        var from = start;
        while (from > 0 && !IsBoundary(text[from - 1]))
        {
            if (start - --from > MaxLength)
            {
                return false;
            }
        }

        var to = end;
        while (to < text.Length && !IsBoundary(text[to]))
        {
            if (++to - end > MaxLength)
            {
                return false;
            }
        }

        var capitalizedOutside = 0;
        var words = 0;
        var joined = false;
        var otherSmallWords = false;
        var i = from;
        while (i < to)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < to && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '\u2019' or '-'))
            {
                i++;
            }

            var word = text.AsSpan(wordStart, i - wordStart);
            if (char.IsDigit(word[0]) || Small.Contains(word))
            {
                otherSmallWords |= !(word is "and" or "or");
                joined |= word is "and" or "or";
                continue; // "5 Ways to ...": numbers and small words may be lower-case in a title
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            if (IsFirstPersonI(word))
            {
                continue; // "I'm Keiko Brandt": "I" is capitalized in any sentence
            }

            // In prose the first word of a phrase is capitalized as a sentence start ("Take Marguerite"): no evidence.
            var isFirst = words++ == 0;
            if ((wordStart < start || wordStart >= end) && (shortTitle || !isFirst))
            {
                capitalizedOutside++;
            }
        }

        var isLabel = capitalizedOutside == 0 && to < text.Length && text[to] == ':' && words >= 2;
        // In prose, "..., Ines Vogt and Kofi Mensah" after a comma ends a list of names, not a title: a title has other small words.
        var nameList = !shortTitle && joined && !otherSmallWords && from > 0 && text[from - 1] == ',';
        return isLabel || (capitalizedOutside >= 1 && words >= (shortTitle ? 2 : 3) && !nameList);
    }

    /// <summary>A comma ends a phrase too: "Lars Ekberg, Millbury" is a signature, not a title.</summary>
    private static bool IsFirstPersonI(ReadOnlySpan<char> word) =>
        word is "I" || (word.Length > 2 && word[0] == 'I' && word[1] is '\'' or '\u2019');

    private static bool IsBoundary(char c) => c is '\n' or '.' or ',' or '!' or '?' or ':' or ';' or '|' or '\u2022' or '\u2014'
        or '\u2013' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D';
}
