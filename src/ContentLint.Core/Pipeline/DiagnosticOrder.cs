using ContentLint.Core.Model;

namespace ContentLint.Core.Pipeline;

/// <summary>The one order of diagnostics in every report: path, then position, then code, then message.</summary>
public static class DiagnosticOrder
{
    public static int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byPath = string.CompareOrdinal(x.Path, y.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        var a = x.Range ?? default;
        var b = y.Range ?? default;
        var byPosition = a.StartLine != b.StartLine ? a.StartLine.CompareTo(b.StartLine)
            : a.StartColumn != b.StartColumn ? a.StartColumn.CompareTo(b.StartColumn)
            : a.EndLine != b.EndLine ? a.EndLine.CompareTo(b.EndLine)
            : a.EndColumn.CompareTo(b.EndColumn);
        if (byPosition != 0)
        {
            return byPosition;
        }

        // Findings at one position (an image's metadata tags, all at line 1) keep a fixed order too.
        var byCode = string.CompareOrdinal(x.Code, y.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(x.Message, y.Message);
    }
}
