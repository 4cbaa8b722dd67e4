using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing;

/// <summary>
/// HTML inside a data value (<c>"body": "&lt;p&gt;…&lt;/p&gt;"</c>, a CMS's rich-text field): its tags are
/// blanked to spaces, so that a tag name is never read as a word and the text around it keeps its positions.
/// </summary>
internal static class MarkupInValues
{
    /// <summary>The segment with its tags blanked, or the segment itself when it holds none.</summary>
    public static Segment BlankTags(Segment segment)
    {
        var text = segment.Text;
        var first = FindTag(text, 0);
        if (first < 0)
        {
            return segment;
        }

        var chars = text.ToCharArray();
        for (var start = first; start >= 0; start = FindTag(text, start + 1))
        {
            var end = text.IndexOf('>', start);
            if (end < 0)
            {
                break;
            }

            Array.Fill(chars, ' ', start, end - start + 1);
            start = end;
        }

        return segment with { Text = new string(chars) };
    }

    /// <summary>The next <c>&lt;</c> that opens a tag, a closing tag or a comment.</summary>
    private static int FindTag(string text, int from)
    {
        for (var i = text.IndexOf('<', from); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
        {
            if (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!')
            {
                return i;
            }
        }

        return -1;
    }
}
