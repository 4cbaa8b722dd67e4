namespace ContentLint.Core.Parsing;

/// <summary>
/// The linear pre-checks that keep any page's parse linear: a page they refuse is scanned as plain text instead.
/// Markdown gets both checks, since its HTML blocks go to the same HTML parser as a page does.
/// </summary>
internal static class ParserGuards
{
    public const string TooDeep = "nested too deeply";

    /// <summary>Null when <paramref name="body"/> can be parsed, else why not (never quoting it).</summary>
    public static string? Check(string body, bool isHtml)
    {
        if (HtmlNestingGuard.TooDeep(body))
        {
            return TooDeep;
        }

        return isHtml ? null : MarkdownNestingGuard.Check(body);
    }
}
