namespace ContentLint.Cli.Tests.Corpus;

/// <summary>A span within one line: 1-based line, 1-based start column, exclusive end column (UTF-16 code units).</summary>
internal sealed record LineSpan(int Line, int StartColumn, int EndColumn)
{
    public override string ToString() => $"{Line}:[{StartColumn},{EndColumn})";
}
