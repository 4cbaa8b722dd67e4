namespace ContentLint.Core.Model;

/// <summary>
/// A 1-based line/column range in the original file. Columns count UTF-16 code units of the line;
/// <see cref="EndColumn"/> is exclusive (the SARIF region convention).
/// </summary>
public readonly record struct SourceRange(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The range that designates a whole file (line 1, column 1).</summary>
    public static SourceRange FileStart => new(1, 1, 1, 1);
}
