using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// Blanks the tags of server-side templates (Liquid, Nunjucks, Handlebars, Mustache, ERB, EJS, PHP) so the markup
/// around them reads as HTML. The code inside the tags is not read: its strings are mostly variable names, filters
/// and formats, and PHP's own strings would need a PHP reader (left out on purpose, kept simple). A template comment
/// holding a ContentLint directive becomes a <see cref="RegionKind.Comment"/> segment, so suppressions work there too.
/// </summary>
internal static class TemplateTagBlanker
{
    public static string Blank(string text, List<Segment> segments)
    {
        var chars = text.ToCharArray();
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny('{', '<');
            if (next < 0)
            {
                break;
            }

            i += next;
            var (open, close, comment) = Delimiters(text, i);
            if (open == 0)
            {
                i++;
                continue;
            }

            var found = text.IndexOf(close, i + open, StringComparison.Ordinal);
            var end = found < 0 ? text.Length : found + close.Length; // an unterminated tag runs to the end
            var innerEnd = found < 0 ? text.Length : found;
            if (comment)
            {
                AddDirective(text, i + open, innerEnd, segments);
            }
            else if (IsLiquidCommentTag(text, i + open, innerEnd))
            {
                // `{% comment %}…{% endcomment %}`: what lies between is a comment, not shown.
                var endTag = text.IndexOf("endcomment", end, StringComparison.Ordinal);
                var endTagClose = endTag < 0 ? -1 : text.IndexOf("%}", endTag, StringComparison.Ordinal);
                AddDirective(text, end, endTag < 0 ? text.Length : text.LastIndexOf('{', endTag), segments);
                end = endTagClose < 0 ? text.Length : endTagClose + 2;
            }

            BlankedMarkup.Blank(chars, i, end);
            i = end;
        }

        return new string(chars);
    }

    /// <summary>The length of the opening delimiter at <paramref name="at"/> (0 when none), its closing one, and whether it is a comment.</summary>
    private static (int Open, string Close, bool Comment) Delimiters(string text, int at)
    {
        var rest = text.AsSpan(at);
        return rest switch
        {
            _ when rest.StartsWith("{{!--") => (5, "--}}", true),
            _ when rest.StartsWith("{{!") => (3, "}}", true),
            _ when rest.StartsWith("{{{") => (3, "}}}", false),
            _ when rest.StartsWith("{{") => (2, "}}", false),
            _ when rest.StartsWith("{%") => (2, "%}", false),
            _ when rest.StartsWith("{#") => (2, "#}", true),
            _ when rest.StartsWith("<%#") => (3, "%>", true),
            _ when rest.StartsWith("<%") => (2, "%>", false),
            _ when rest.StartsWith("<?php", StringComparison.OrdinalIgnoreCase) => (5, "?>", false),
            _ when rest.StartsWith("<?=") => (3, "?>", false),
            _ => (0, string.Empty, false),
        };
    }

    private static bool IsLiquidCommentTag(string text, int start, int end) =>
        text.AsSpan(start, end - start).Trim().TrimStart('-').TrimEnd('-').Trim().SequenceEqual("comment");

    private static void AddDirective(string text, int start, int end, List<Segment> segments)
    {
        if (end > start && text.AsSpan(start, end - start).Contains("contentlint", StringComparison.OrdinalIgnoreCase))
        {
            segments.Add(SegmentBuilder.Scratch.AppendVerbatim(text, start, end - start).Build(RegionKind.Comment));
        }
    }
}
