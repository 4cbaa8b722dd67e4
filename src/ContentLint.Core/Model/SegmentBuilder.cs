using System.Text;

namespace ContentLint.Core.Model;

/// <summary>Builds a <see cref="Segment"/> from pieces of source text, recording where each piece came from.</summary>
public sealed class SegmentBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceMap.Run> _runs = [];

    // Verbatim text not yet copied into _text. Most segments are one verbatim stretch of the source (an attribute, a
    // front-matter value, a paragraph without markup): Build then takes it with one Substring, without the builder.
    private string? _pendingSource;
    private int _pendingStart;
    private int _pendingLength;

    /// <summary>Number of characters appended so far.</summary>
    public int Length => _text.Length + _pendingLength;

    /// <summary>Appends <paramref name="length"/> characters of <paramref name="source"/> at <paramref name="start"/>, one to one.</summary>
    public SegmentBuilder AppendVerbatim(string source, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (length <= 0)
        {
            return this;
        }

        if (_runs.Count > 0)
        {
            var last = _runs[^1];
            if (last.Verbatim && last.SourceStart + last.SourceLength == start)
            {
                _runs[^1] = last with { TextLength = last.TextLength + length, SourceLength = last.SourceLength + length };
                AppendText(source, start, length);
                return this;
            }
        }

        _runs.Add(new SourceMap.Run(Length, length, start, length, Verbatim: true));
        AppendText(source, start, length);
        return this;
    }

    /// <summary>Appends decoded <paramref name="text"/> that stands for source range [<paramref name="sourceStart"/>, <paramref name="sourceEnd"/>).</summary>
    public SegmentBuilder AppendDecoded(string text, int sourceStart, int sourceEnd)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return this;
        }

        _runs.Add(new SourceMap.Run(Length, text.Length, sourceStart, Math.Max(0, sourceEnd - sourceStart), Verbatim: false));
        FlushPending();
        _text.Append(text);
        return this;
    }

    /// <summary>Appends the decoded form of raw source text, aligning it character by character (see <see cref="SourceAligner"/>).</summary>
    public SegmentBuilder AppendAligned(string source, int start, int end, string decoded)
    {
        SourceAligner.Append(this, source, start, end, decoded);
        return this;
    }

    /// <summary>Makes the segment and resets the builder.</summary>
    public Segment Build(RegionKind kind, string? name = null)
    {
        string text;
        if (_pendingSource is not null && _text.Length == 0)
        {
            text = _pendingSource.Substring(_pendingStart, _pendingLength);
            ClearPending();
        }
        else
        {
            FlushPending();
            text = _text.ToString();
        }

        var segment = new Segment(kind, text, new SourceMap([.. _runs]), name);
        _text.Clear();
        _runs.Clear();
        return segment;
    }

    /// <summary>Verbatim text: kept pending while it continues the pending stretch of the same source, else copied.</summary>
    private void AppendText(string source, int start, int length)
    {
        if (_pendingSource is null && _text.Length == 0)
        {
            (_pendingSource, _pendingStart, _pendingLength) = (source, start, length);
        }
        else if (ReferenceEquals(_pendingSource, source) && _pendingStart + _pendingLength == start)
        {
            _pendingLength += length;
        }
        else
        {
            FlushPending();
            _text.Append(source, start, length);
        }
    }

    private void FlushPending()
    {
        if (_pendingSource is not null)
        {
            _text.Append(_pendingSource, _pendingStart, _pendingLength);
            ClearPending();
        }
    }

    private void ClearPending()
    {
        _pendingSource = null;
        _pendingStart = _pendingLength = 0;
    }
}
