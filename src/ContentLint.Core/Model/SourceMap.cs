namespace ContentLint.Core.Model;

/// <summary>
/// Maps every character of a segment's text back to offsets in the original file. The text is made of runs:
/// a verbatim run copies source characters one to one; a decoded run (an entity, a backslash escape, a quoted
/// YAML escape, a CRLF folded to LF) maps all of its characters to the whole source range it came from.
/// </summary>
public sealed class SourceMap
{
    private readonly Run[] _runs;

    internal SourceMap(Run[] runs) => _runs = runs;

    /// <summary>The source offset range [start, end) covering text characters [<paramref name="textStart"/>, <paramref name="textEnd"/>).</summary>
    public (int Start, int End) ToSource(int textStart, int textEnd)
    {
        if (_runs.Length == 0)
        {
            return (0, 0);
        }

        var first = _runs[FindRun(textStart)];
        var start = first.Verbatim ? first.SourceStart + (textStart - first.TextStart) : first.SourceStart;
        if (textEnd <= textStart)
        {
            return (start, start);
        }

        var last = _runs[FindRun(textEnd - 1)];
        var end = last.Verbatim ? last.SourceStart + (textEnd - 1 - last.TextStart) + 1 : last.SourceStart + last.SourceLength;
        return (start, Math.Max(start, end));
    }

    private int FindRun(int textIndex)
    {
        int lo = 0, hi = _runs.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_runs[mid].TextStart <= textIndex)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    internal readonly record struct Run(int TextStart, int TextLength, int SourceStart, int SourceLength, bool Verbatim);
}
