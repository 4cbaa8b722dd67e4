using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// Appends JSX text as the page shows it: character references decoded as HTML does, and a run of white space that
/// holds a line break read as one space (JSX drops such runs at the edges of text and joins lines with a space).
/// White space is held back until more text follows, so a run never starts or ends with it.
/// </summary>
internal sealed class JsxText
{
    private readonly SegmentBuilder _builder = new();
    private int _pendingSpaceStart = -1;
    private int _pendingSpaceEnd;
    private string? _text;

    /// <summary>The element whose text started the run.</summary>
    public string? Element { get; private set; }

    public bool IsEmpty => _builder.Length == 0;

    /// <summary>Appends the JSX text of <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void Append(string text, int start, int end, string element)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                var spaceEnd = i + 1;
                while (spaceEnd < end && char.IsWhiteSpace(text[spaceEnd]))
                {
                    spaceEnd++;
                }

                if (_builder.Length > 0 && _pendingSpaceStart < 0)
                {
                    (_pendingSpaceStart, _pendingSpaceEnd, _text) = (i, spaceEnd, text);
                }

                i = spaceEnd;
                continue;
            }

            FlushSpace();
            if (_builder.Length == 0)
            {
                Element = element;
            }

            if (c == '&' && SourceAligner.TryEntity(text, i, end, out var entityEnd, out var value))
            {
                _builder.AppendDecoded(value, i, entityEnd);
                i = entityEnd;
                continue;
            }

            var wordEnd = i + 1;
            while (wordEnd < end && text[wordEnd] != '&' && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            _builder.AppendVerbatim(text, i, wordEnd - i);
            i = wordEnd;
        }
    }

    /// <summary>The run as a segment, or null when it has no text; the builder is then ready for the next run.</summary>
    public Segment? Take()
    {
        _pendingSpaceStart = -1;
        _text = null;
        if (_builder.Length == 0)
        {
            return null;
        }

        return _builder.Build(IsHeading(Element) ? RegionKind.Heading : RegionKind.HtmlText, string.IsNullOrEmpty(Element) ? null : Element);
    }

    /// <summary>
    /// An HTML heading (<c>h1</c>–<c>h6</c>) or a component named as one (<c>Title</c>, <c>Heading</c>,
    /// <c>SectionTitle</c>): its text is a heading, as an HTML page's is.
    /// </summary>
    private static bool IsHeading(string? element)
    {
        if (string.IsNullOrEmpty(element))
        {
            return false;
        }

        if (element.Length == 2 && element[0] == 'h' && element[1] is >= '1' and <= '6')
        {
            return true;
        }

        var last = Profile.KeyWords.Of(element[(element.LastIndexOf('.') + 1)..]);
        return char.IsUpper(element[0]) && last.Length > 0 && last[^1] is "title" or "heading" or "headline";
    }

    private void FlushSpace()
    {
        if (_pendingSpaceStart < 0 || _text is null)
        {
            return;
        }

        var spaces = _text.AsSpan(_pendingSpaceStart, _pendingSpaceEnd - _pendingSpaceStart);
        if (spaces.ContainsAny('\n', '\r'))
        {
            _builder.AppendDecoded(" ", _pendingSpaceStart, _pendingSpaceEnd);
        }
        else
        {
            _builder.AppendVerbatim(_text, _pendingSpaceStart, _pendingSpaceEnd - _pendingSpaceStart);
        }

        _pendingSpaceStart = -1;
    }
}
