namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// A date that closes a testimonial's signature: "— Maria P., March 2024", "Great care! – Tom R., June 11, 2023",
/// "Maria P., March 2024" on its own line. The signature is a dash (or, without one, a name with an initial), one to
/// four capitalized words, a comma, bar or middle dot, then the date and nothing more on its line. On a patient story
/// it dates the patient's care or review, so it counts even as a month and year alone. A staff title opening the
/// signature ("— Dr. Ruiz, May 2024") is the clinician's.
/// </summary>
internal static class SignatureDate
{
    private const int MaxNameWords = 4;

    public static bool Is(string text, DateMatch date, IReadOnlySet<string> staffTitles)
    {
        var lineStart = date.Start == 0 ? 0 : text.LastIndexOf('\n', date.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', date.End);
        var after = text.AsSpan(date.End, (lineEnd < 0 ? text.Length : lineEnd) - date.End).Trim();
        if (!after.IsEmpty && !(after is "." or ")" or "*" or "**" or "_"))
        {
            return false;
        }

        var before = text.AsSpan(lineStart, date.Start - lineStart).TrimEnd();
        if (before.IsEmpty || before[^1] is not (',' or '|' or '\u00B7'))
        {
            return false;
        }

        before = before[..^1].TrimEnd();
        var dash = before.LastIndexOfAny("\u2014\u2013\u2015-~");
        var name = dash >= 0 ? before[(dash + 1)..].Trim(" *_") : before.Trim(" *_\t");
        if (dash > 0 && before[dash - 1] != ' ' && before[dash - 1] != '-')
        {
            return false; // "Smith-Jones": a hyphen inside a name is no signature dash
        }

        return IsName(name, dash >= 0, staffTitles);
    }

    private static bool IsName(ReadOnlySpan<char> name, bool dashed, IReadOnlySet<string> staffTitles)
    {
        var words = 0;
        var initial = false;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxNameWords || !char.IsUpper(word[0]) || (words == 1 && staffTitles.Contains(word.ToString())))
            {
                return false;
            }

            initial |= word.Length == 2 && word[1] == '.';
        }

        return words > 0 && (dashed || initial);
    }
}
