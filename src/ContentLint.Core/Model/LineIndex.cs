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
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
        _length = text.Length;
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
