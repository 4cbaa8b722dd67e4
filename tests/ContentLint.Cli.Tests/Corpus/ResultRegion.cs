namespace ContentLint.Cli.Tests.Corpus;

/// <summary>The region of a reported result: 1-based lines and columns, <see cref="EndColumn"/> exclusive.</summary>
internal sealed record ResultRegion(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>
    /// True when the region shares at least one code unit with <paramref name="span"/>: same line and intersecting
    /// half-open column ranges. A region over several lines covers the rest of its first line, whole middle lines and
    /// the start of its last line; for a one-line region this is exactly the corpus README's rule.
    /// </summary>
    public bool Overlaps(LineSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        if (span.Line < StartLine || span.Line > EndLine)
        {
            return false;
        }

        var from = span.Line == StartLine ? StartColumn : 1;
        var to = span.Line == EndLine ? EndColumn : int.MaxValue;
        return from < span.EndColumn && span.StartColumn < to;
    }

    public override string ToString() => StartLine == EndLine
        ? $"{StartLine}:[{StartColumn},{EndColumn})"
        : $"{StartLine}:{StartColumn}-{EndLine}:{EndColumn}";
}
