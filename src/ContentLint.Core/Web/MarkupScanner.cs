using System.Net;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;

namespace ContentLint.Core.Web;

/// <summary>
/// Finds the tags of a page in one left-to-right pass: comments, front matter and (in Markdown) code are skipped,
/// raw-text bodies (<c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c>) are jumped over to their end tag, and a
/// quoted attribute value may hold <c>&gt;</c>. Every character is looked at a bounded number of times, so hostile
/// pages cost linear time.
/// </summary>
internal static class MarkupScanner
{
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title"];

    public static PageMarkup Scan(ContentDocument document)
    {
        var text = document.File.Text;
        var excluded = Excluded(document);
        var tags = new List<MarkupTag>();
        var bodies = new List<RawTextBody>();
        var comments = new List<(int Start, int End)>();
        var next = 0; // index into excluded
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('<', i);
            if (open < 0 || open + 1 >= text.Length)
            {
                break;
            }

            while (next < excluded.Count && excluded[next].End <= open)
            {
                next++;
            }

            if (next < excluded.Count && excluded[next].Start <= open)
            {
                i = excluded[next].End;
                continue;
            }

            i = Read(text, open, tags, bodies, comments);
        }

        return new PageMarkup(text, tags, bodies, Merge([.. excluded, .. comments]));
    }

    /// <summary>Reads what starts at <paramref name="open"/> (a '&lt;'); returns where scanning goes on.</summary>
    private static int Read(string text, int open, List<MarkupTag> tags, List<RawTextBody> bodies, List<(int Start, int End)> comments)
    {
        var c = text[open + 1];
        if (c == '!' && string.CompareOrdinal(text, open, "<!--", 0, 4) == 0)
        {
            var close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            var end = close < 0 ? text.Length : close + 3;
            comments.Add((open, end));
            return end;
        }

        var isEnd = c == '/';
        var nameStart = isEnd ? open + 2 : open + 1;
        if (nameStart >= text.Length || !char.IsAsciiLetter(text[nameStart]))
        {
            return open + 1;
        }

        var nameEnd = nameStart;
        while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] is '-' or ':'))
        {
            nameEnd++;
        }

        var name = text[nameStart..nameEnd].ToLowerInvariant();
        var tagEnd = TagEnd(text, nameEnd);
        if (isEnd)
        {
            tags.Add(new MarkupTag(name, true, open, tagEnd, []));
            return tagEnd;
        }

        tags.Add(new MarkupTag(name, false, open, tagEnd, Attributes(text, open, tagEnd)));
        if (!RawTextElements.Contains(name) || text[tagEnd - 1] != '>' || (tagEnd >= 2 && text[tagEnd - 2] == '/'))
        {
            return tagEnd;
        }

        var closeTag = text.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
        var bodyEnd = closeTag < 0 ? text.Length : closeTag;
        bodies.Add(new RawTextBody(name, tagEnd, bodyEnd));
        return bodyEnd;
    }

    /// <summary>Just past the '&gt;' that ends the tag; quotes open only right after '=' (as in attribute values).</summary>
    private static int TagEnd(string text, int from)
    {
        var i = from;
        var afterEquals = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (afterEquals && c is '"' or '\'')
            {
                var close = text.IndexOf(c, i + 1);
                if (close < 0)
                {
                    return text.Length;
                }

                i = close + 1;
                afterEquals = false;
                continue;
            }

            if (c == '=')
            {
                afterEquals = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }

            i++;
        }

        return text.Length;
    }

    private static List<MarkupAttribute> Attributes(string text, int start, int end) =>
        [.. HtmlTagScanner.Scan(text, start, end).Select(a => new MarkupAttribute(
            a.Name, a.ValueEnd > a.ValueStart ? WebUtility.HtmlDecode(text[a.ValueStart..a.ValueEnd]) : string.Empty, a.ValueStart, a.ValueEnd))];

    /// <summary>Front matter and the source ranges of code (Markdown code spans and blocks), sorted and merged.</summary>
    private static List<(int Start, int End)> Excluded(ContentDocument document)
    {
        var ranges = new List<(int Start, int End)>();
        if (document.FrontMatter is { } frontMatter)
        {
            ranges.Add((frontMatter.Start, frontMatter.End));
        }

        foreach (var segment in document.Segments)
        {
            if (segment.Kind is RegionKind.CodeBlock or RegionKind.CodeSpan && segment.Text.Length > 0)
            {
                var (start, end) = segment.ToSource(0, segment.Text.Length);
                ranges.Add((start, end));
            }
        }

        return Merge(ranges);
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> ranges)
    {
        ranges.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
