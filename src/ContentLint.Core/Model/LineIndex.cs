namespace ContentLint.Core.Model;

/// <summary>Maps character offsets of a text to 1-based line and UTF-16 column.</summary>
/// <remarks>Line terminators are CRLF, LF or a lone CR, as editors count them.</remarks>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Counted first, then filled: one exact array per page instead of a growing list and its copy.
        var starts = new int[1 + CountLineBreaks(text)];
        var count = 1;
        for (var i = text.AsSpan().IndexOfAny('\r', '\n'); i >= 0; i = NextBreak(text, i + 1))
        {
            if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                starts[count++] = i + 1;
            }
        }

        _lineStarts = starts;
        _length = text.Length;
    }

    /// <summary>LF, plus CR not followed by LF: a CRLF counts once, at its LF.</summary>
    private static int CountLineBreaks(string text)
    {
        var span = text.AsSpan();
        var count = span.Count('\n');
        for (var i = span.IndexOf('\r'); i >= 0; i = NextCr(span, i + 1))
        {
            if (i + 1 >= span.Length || span[i + 1] != '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static int NextCr(ReadOnlySpan<char> span, int from)
    {
        var next = span[from..].IndexOf('\r');
        return next < 0 ? -1 : from + next;
    }

    private static int NextBreak(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny('\r', '\n');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>The range covering source offsets [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public SourceRange GetRange(int start, int end)
    {
        var (startLine, startColumn) = GetPosition(start);
        var (endLine, endColumn) = GetPosition(Math.Max(start, end));
        return new SourceRange(startLine, startColumn, endLine, endColumn);
    }
}
