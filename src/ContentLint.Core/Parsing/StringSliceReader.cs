namespace ContentLint.Core.Parsing;

/// <summary>
/// A <see cref="StringReader"/> over part of a string: YAML front matter is read where it lies in the page instead
/// of being copied out of it first.
/// </summary>
internal sealed class StringSliceReader : TextReader
{
    private readonly string _text;
    private readonly int _end;
    private int _position;

    public StringSliceReader(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        (_text, _position, _end) = (text, start, end);
    }

    public override int Peek() => _position < _end ? _text[_position] : -1;

    public override int Read() => _position < _end ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, _end - _position);
        _text.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override string ReadToEnd()
    {
        var rest = _text[_position.._end];
        _position = _end;
        return rest;
    }
}
