namespace ContentLint.Core.Model;

/// <summary>Builds a <see cref="Segment"/> from pieces of source text, recording where each piece came from.</summary>
public sealed class SegmentBuilder
{
    /// <summary>
    /// One builder per scanning thread for code that builds a segment from start to finish without building another
    /// in between (an attribute, a comment, a code span): a page makes thousands of them and a fresh builder each time
    /// allocates its buffers again.
    /// </summary>
    [ThreadStatic]
    private static SegmentBuilder? t_scratch;

    private const int MaxKeptChars = 1 << 16;

    // A plain array kept across segments instead of a StringBuilder: Clear on a StringBuilder that grew past one chunk
    // allocates a new chunk, and ToString then copies again, so a reused StringBuilder still allocates per segment.
    private char[] _text = [];
    private int _textLength;
    private SourceMap.Run[] _runs = new SourceMap.Run[4];
    private int _runCount;

    // Verbatim text not yet copied into _text. Most segments are one verbatim stretch of the source (an attribute, a
    // front-matter value, a paragraph without markup): Build then takes it with one Substring, without the buffer.
    private string? _pendingSource;
    private int _pendingStart;
    private int _pendingLength;

    // Set when the whole segment so far came from one AppendAligned call: its decoded string is then the text.
    private string? _whole;

    /// <summary>The calling thread's reusable builder; every use must end with <see cref="Build"/> before the next starts.</summary>
    /// <remarks>Reset when fetched, so a use cut short by an exception leaves nothing behind for the next one.</remarks>
    internal static SegmentBuilder Scratch => (t_scratch ??= new SegmentBuilder()).Reset();

    /// <summary>Number of characters appended so far.</summary>
    public int Length => _textLength + _pendingLength;

    /// <summary>Appends <paramref name="length"/> characters of <paramref name="source"/> at <paramref name="start"/>, one to one.</summary>
    public SegmentBuilder AppendVerbatim(string source, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (length <= 0)
        {
            return this;
        }

        if (_runCount > 0)
        {
            ref var last = ref _runs[_runCount - 1];
            if (last.Verbatim && last.SourceStart + last.SourceLength == start)
            {
                last = last with { TextLength = last.TextLength + length, SourceLength = last.SourceLength + length };
                _whole = null;
                AppendText(source, start, length);
                return this;
            }
        }

        AddRun(new SourceMap.Run(Length, length, start, length, Verbatim: true));
        AppendText(source, start, length);
        return this;
    }

    /// <summary>Appends decoded <paramref name="text"/> that stands for source range [<paramref name="sourceStart"/>, <paramref name="sourceEnd"/>).</summary>
    public SegmentBuilder AppendDecoded(string text, int sourceStart, int sourceEnd)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AppendDecoded(text.AsSpan(), sourceStart, sourceEnd);
    }

    /// <summary>Appends decoded characters that stand for source range [<paramref name="sourceStart"/>, <paramref name="sourceEnd"/>).</summary>
    internal SegmentBuilder AppendDecoded(ReadOnlySpan<char> text, int sourceStart, int sourceEnd)
    {
        if (text.Length == 0)
        {
            return this;
        }

        AddRun(new SourceMap.Run(Length, text.Length, sourceStart, Math.Max(0, sourceEnd - sourceStart), Verbatim: false));
        FlushPending();
        Write(text);
        return this;
    }

    /// <summary>Appends the decoded form of raw source text, aligning it character by character (see <see cref="SourceAligner"/>).</summary>
    public SegmentBuilder AppendAligned(string source, int start, int end, string decoded)
    {
        var empty = Length == 0;
        SourceAligner.Append(this, source, start, end, decoded);
        // The aligner appends exactly the decoded characters; a segment that is nothing else can keep that string.
        _whole = empty ? decoded : null;
        return this;
    }

    /// <summary>Makes the segment and resets the builder.</summary>
    public Segment Build(RegionKind kind, string? name = null)
    {
        string text;
        if (_whole is not null && IsWhole(_whole))
        {
            text = _whole;
            ClearPending();
        }
        else if (_pendingSource is not null && _textLength == 0)
        {
            text = _pendingSource.Substring(_pendingStart, _pendingLength);
            ClearPending();
        }
        else
        {
            FlushPending();
            text = new string(_text, 0, _textLength);
        }

        // One place for every kind of segment: what renders as nothing or as a plain space or hyphen is matched as
        // such (docs/text-normalization.md). The common text has none of it and is kept as it is.
        var runs = _runs.AsSpan(0, _runCount).ToArray();
        if (MatchingText.FirstChange(text) >= 0)
        {
            (text, runs) = MatchingText.Normalize(text, runs);
        }

        var segment = new Segment(kind, text, new SourceMap(runs), name);
        _textLength = 0;
        _runCount = 0;
        _whole = null;
        if (_text.Length > MaxKeptChars)
        {
            _text = []; // one huge segment (a page scanned as plain text) should not pin its buffer to the thread
        }

        return segment;
    }

    /// <summary>Drops whatever was appended since the last <see cref="Build"/>.</summary>
    internal SegmentBuilder Reset()
    {
        _textLength = 0;
        _runCount = 0;
        _whole = null;
        ClearPending();
        return this;
    }

    /// <summary>True when the text appended so far is <paramref name="text"/>: checked, not assumed, before it is shared.</summary>
    private bool IsWhole(string text) =>
        _textLength == 0
            ? _pendingSource is not null && _pendingSource.AsSpan(_pendingStart, _pendingLength).SequenceEqual(text)
            : _pendingSource is null && _text.AsSpan(0, _textLength).SequenceEqual(text);

    private void AddRun(SourceMap.Run run)
    {
        _whole = null;
        if (_runCount == _runs.Length)
        {
            Array.Resize(ref _runs, _runs.Length * 2);
        }

        _runs[_runCount++] = run;
    }

    /// <summary>Verbatim text: kept pending while it continues the pending stretch of the same source, else copied.</summary>
    private void AppendText(string source, int start, int length)
    {
        if (_pendingSource is null && _textLength == 0)
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
            Write(source.AsSpan(start, length));
        }
    }

    private void FlushPending()
    {
        if (_pendingSource is not null)
        {
            Write(_pendingSource.AsSpan(_pendingStart, _pendingLength));
            ClearPending();
        }
    }

    private void Write(ReadOnlySpan<char> chars)
    {
        var needed = _textLength + chars.Length;
        if (needed > _text.Length)
        {
            // Sized for the whole segment at once (the pending stretch is usually most of it), doubling past that.
            Array.Resize(ref _text, Math.Max(needed, Math.Min(Array.MaxLength, Math.Max(64, _text.Length * 2))));
        }

        chars.CopyTo(_text.AsSpan(_textLength));
        _textLength = needed;
    }

    private void ClearPending()
    {
        _pendingSource = null;
        _pendingStart = _pendingLength = 0;
    }
}
