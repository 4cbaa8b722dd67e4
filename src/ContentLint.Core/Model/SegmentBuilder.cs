using System.Text;

namespace ContentLint.Core.Model;

/// <summary>Builds a <see cref="Segment"/> from pieces of source text, recording where each piece came from.</summary>
public sealed class SegmentBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceMap.Run> _runs = [];

    /// <summary>Number of characters appended so far.</summary>
    public int Length => _text.Length;

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
                _text.Append(source, start, length);
                return this;
            }
        }

        _runs.Add(new SourceMap.Run(_text.Length, length, start, length, Verbatim: true));
        _text.Append(source, start, length);
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

        _runs.Add(new SourceMap.Run(_text.Length, text.Length, sourceStart, Math.Max(0, sourceEnd - sourceStart), Verbatim: false));
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
        var segment = new Segment(kind, _text.ToString(), new SourceMap([.. _runs]), name);
        _text.Clear();
        _runs.Clear();
        return segment;
    }
}
