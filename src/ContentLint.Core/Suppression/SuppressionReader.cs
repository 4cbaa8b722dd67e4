using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Suppression;

/// <summary>
/// Finds a file's suppressions: directives in HTML comments (Markdown and HTML alike, from the parser's
/// <see cref="RegionKind.Comment"/> segments, so examples inside code blocks are not directives) and the
/// front-matter block. Every suppression covers a range of source offsets where findings may start.
/// </summary>
public static class SuppressionReader
{
    /// <summary>Reads the suppressions of <paramref name="document"/>; rule IDs are checked against <paramref name="catalog"/>.</summary>
    public static SuppressionSet Read(ContentDocument document, RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        var text = document.File.Text;
        var suppressions = new List<InlineSuppression>();
        var problems = new List<SuppressionProblem>();
        if (document.FrontMatter is { } frontMatter)
        {
            FrontMatterSuppressions.Read(frontMatter, text.Length, catalog, suppressions, problems);
        }

        AddDirectivesInCode(document, problems);
        var directives = document.Segments
            .Where(segment => segment.Kind == RegionKind.Comment)
            .Select(segment => DirectiveParser.Parse(segment, catalog, problems))
            .OfType<CommentDirective>()
            .OrderBy(directive => directive.Start)
            .ToList();

        var open = new List<(CommentDirective Directive, string RuleId, int CoverStart)>();
        foreach (var directive in directives)
        {
            var after = AfterComment(text, directive.End);
            switch (directive.Keyword)
            {
                case DirectiveKeyword.DisableNextLine:
                    var (lineStart, lineEnd) = NextNonBlankLine(text, after);
                    suppressions.AddRange(directive.RuleIds.Select(id =>
                        new InlineSuppression(SuppressionKind.NextLine, id, directive.Reason, directive.Start, directive.End, lineStart, lineEnd)));
                    break;
                case DirectiveKeyword.Disable:
                    open.AddRange(directive.RuleIds.Select(id => (directive, id, after)));
                    break;
                case DirectiveKeyword.Enable:
                    // A bare enable ends every open range; a named one only those rules.
                    var closing = open.Where(o => directive.RuleIds.Count == 0 || directive.RuleIds.Contains(o.RuleId)).ToList();
                    suppressions.AddRange(closing.Select(o => Range(o.Directive, o.RuleId, o.CoverStart, directive.Start)));
                    open.RemoveAll(closing.Contains);
                    break;
            }
        }

        // Not re-enabled: to the end of the file.
        suppressions.AddRange(open.Select(o => Range(o.Directive, o.RuleId, o.CoverStart, text.Length + 1)));
        return new SuppressionSet(suppressions, problems);
    }

    /// <summary>
    /// A directive written in an indented code block (an HTML comment indented after a blank line, which CommonMark
    /// renders as code) suppresses nothing: it is reported, so that the author does not believe it silences a finding.
    /// </summary>
    private static void AddDirectivesInCode(ContentDocument document, List<SuppressionProblem> problems)
    {
        foreach (var segment in document.Segments)
        {
            if (segment.Kind != RegionKind.CodeBlock || segment.Name != Parsing.MarkdownSegmentExtractor.IndentedCodeName)
            {
                continue;
            }

            var comment = segment.Text.IndexOf("<!--", StringComparison.Ordinal);
            while (comment >= 0)
            {
                var body = segment.Text.AsSpan(comment + 4).TrimStart();
                if (body.StartsWith("contentlint-disable", StringComparison.Ordinal) || body.StartsWith("contentlint-enable", StringComparison.Ordinal))
                {
                    var (start, end) = segment.ToSource(comment, 4);
                    problems.Add(new SuppressionProblem(start, end,
                        "contentlint directive in an indented code block: Markdown shows it as code, so it suppresses nothing (write it without the indentation)",
                        Severity.Warning));
                    break;
                }

                comment = segment.Text.IndexOf("<!--", comment + 4, StringComparison.Ordinal);
            }
        }
    }

    private static InlineSuppression Range(CommentDirective directive, string ruleId, int coverStart, int coverEnd) =>
        new(SuppressionKind.Range, ruleId, directive.Reason, directive.Start, directive.End, coverStart, coverEnd);

    /// <summary>The offset past the comment's closing <c>--&gt;</c> (directive text ends before it, maybe after blanks).</summary>
    private static int AfterComment(string text, int directiveEnd)
    {
        var i = directiveEnd;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return text.AsSpan(i).StartsWith("-->", StringComparison.Ordinal) ? i + 3 : directiveEnd;
    }

    /// <summary>The source range of the first non-blank line after the line holding <paramref name="offset"/>; empty at the end of the file.</summary>
    private static (int Start, int End) NextNonBlankLine(string text, int offset)
    {
        var i = LineEnd(text, offset);
        while (i < text.Length)
        {
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            var end = LineEnd(text, i);
            if (!text.AsSpan(i, end - i).IsWhiteSpace())
            {
                return (i, end);
            }

            i = end;
        }

        return (text.Length, text.Length);
    }

    private static int LineEnd(string text, int offset)
    {
        var end = text.IndexOfAny(['\r', '\n'], Math.Min(offset, text.Length));
        return end < 0 ? text.Length : end;
    }
}
