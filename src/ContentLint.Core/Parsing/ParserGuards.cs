namespace ContentLint.Core.Parsing;

/// <summary>
/// The linear pre-checks that keep any page's parse linear: a page they refuse is scanned as plain text instead.
/// Markdown gets both checks, since its HTML blocks go to the same HTML parser as a page does.
/// </summary>
internal static class ParserGuards
{
    public const string TooDeep = "nested too deeply";

    /// <summary>
    /// A '&lt;' that opens no tag is a text token of its own to the HTML parser, and each becomes a segment: 1 MB of them
    /// took 2 s and 200 MB. Text with this many is not a page written by people.
    /// </summary>
    public const int MaxStrayAngles = 50_000;

    /// <summary>
    /// Tags (a '&lt;' and a letter): each element and the text after it cost the parser and every detector about
    /// 10 µs and 1 KB; a 1 MB page of real HTML has some 20,000.
    /// </summary>
    public const int MaxTags = 100_000;

    /// <summary>
    /// Every limit holds as it is up to 1 MB, where the time and memory bounds are promised, and grows in proportion
    /// to the size past it: a large archive of ordinary pages is no attack, and costs what its size does.
    /// </summary>
    public static long Limit(long limit, int length) => Math.Max(limit, limit * length / 1_000_000);

    /// <summary>Null when <paramref name="body"/> can be parsed, else why not (never quoting it).</summary>
    public static string? Check(string body, bool isHtml)
    {
        if (HtmlNestingGuard.TooDeep(body))
        {
            return TooDeep;
        }

        var (tags, stray) = CountAngles(body);
        if (tags > Limit(MaxTags, body.Length))
        {
            return "too many tags";
        }

        if (stray > Limit(MaxStrayAngles, body.Length))
        {
            return "too many stray angle brackets";
        }

        return isHtml ? null : MarkdownNestingGuard.Check(body);
    }

    /// <summary>
    /// The '&lt;' followed by a letter (a start tag to be), and those not followed by what starts a tag, an end tag, a
    /// comment or a declaration (stray).
    /// </summary>
    private static (int Tags, int Stray) CountAngles(string body)
    {
        var (tags, stray) = (0, 0);
        for (var i = body.IndexOf('<'); i >= 0; i = body.IndexOf('<', i + 1))
        {
            var next = i + 1 < body.Length ? body[i + 1] : ' ';
            if (char.IsAsciiLetter(next))
            {
                tags++;
            }
            else if (next is not ('/' or '!' or '?'))
            {
                stray++;
            }
        }

        return (tags, stray);
    }
}
