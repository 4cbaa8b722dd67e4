namespace ContentLint.Core.Text;

/// <summary>
/// Where sentences begin and end: the one definition every detector uses to ask "is the cue in the same sentence as
/// the value?" (before, three detector folders each had their own, and they disagreed about "Dr." and '|').
/// Every search is bounded by a reach, so each lookup stays linear in it however long the paragraph.
/// </summary>
internal static class Sentences
{
    /// <summary>How far a sentence is looked for when the caller has no reach of its own.</summary>
    public const int DefaultReach = 300;

    /// <summary>Words that end with a dot without ending a sentence: titles and common abbreviations before a name or number.</summary>
    private static readonly string[] Abbreviations = ["Dr", "Mr", "Mrs", "Ms", "Mx", "St", "No", "no", "Mt", "Ft", "Jr", "Sr", "Prof", "Rev", "vs"];

    /// <summary>The bounds [Start, End) of the sentence holding [<paramref name="start"/>, <paramref name="end"/>), at most <paramref name="reach"/> out on each side.</summary>
    public static (int Start, int End) Around(string text, int start, int end, int reach = DefaultReach)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (Start(text, start, reach), End(text, end, reach));
    }

    /// <summary>The sentence around [<paramref name="start"/>, <paramref name="end"/>) and the one after it.</summary>
    public static (int Start, int End) AroundWithNext(string text, int start, int end, int reach = DefaultReach)
    {
        var (from, to) = Around(text, start, end, reach);
        return to < text.Length ? (from, End(text, to, reach)) : (from, to);
    }

    /// <summary>Where the sentence holding <paramref name="position"/> starts, looking back at most <paramref name="reach"/>.</summary>
    public static int Start(string text, int position, int reach = DefaultReach)
    {
        var limit = Math.Max(0, position - reach);
        for (var i = Math.Min(position, text.Length) - 1; i >= limit; i--)
        {
            if (EndsAt(text, i))
            {
                return i + 1;
            }
        }

        return limit;
    }

    /// <summary>Where the sentence holding <paramref name="position"/> ends (exclusive), looking ahead at most <paramref name="reach"/>.</summary>
    public static int End(string text, int position, int reach = DefaultReach)
    {
        var limit = Math.Min(text.Length, position + reach);
        for (var i = Math.Max(0, position); i < limit; i++)
        {
            if (EndsAt(text, i))
            {
                return i + 1;
            }
        }

        return limit;
    }

    /// <summary>
    /// A sentence ends at '.', '!' or '?' followed by white space or emphasis ("**Done.** Next"), and at a blank line (a
    /// paragraph break inside one segment). A '|' does not: "Name: Jane Roe | Phone: …" is one record. A dot after an initial or an abbreviation ("Edgar L. Poole",
    /// "Dr. Lee", "No. 4") does not end one.
    /// </summary>
    public static bool EndsAt(string text, int i)
    {
        var c = text[i];
        if (c == '\n')
        {
            return i + 1 < text.Length && text[i + 1] == '\n';
        }

        if (c is not ('.' or '!' or '?') || (i + 1 < text.Length && !(char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '*' or '_')))
        {
            return false;
        }

        return c != '.' || !IsAbbreviation(text, i);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        // Titles and initials are short: looking further back would make a long word quadratic.
        var start = dot;
        while (start > 0 && dot - start < 5 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (start > 0 && char.IsLetter(text[start - 1]))
        {
            return false; // a long word
        }

        var word = text.AsSpan(start, dot - start);
        if (word.Length == 1)
        {
            return true; // an initial
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (word.SequenceEqual(abbreviation))
            {
                return true;
            }
        }

        return false;
    }
}
