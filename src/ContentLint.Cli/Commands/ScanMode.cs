namespace ContentLint.Cli.Commands;

/// <summary>Which version of the content a scan reads.</summary>
internal abstract record ScanMode
{
    /// <summary>The files on disk (the default).</summary>
    public sealed record WorkingTree : ScanMode;

    /// <summary><c>--staged</c>: the index blobs of staged files.</summary>
    public sealed record Staged : ScanMode;

    /// <summary><c>--diff BASE[..HEAD]</c>: files changed between two commits, findings on changed lines.</summary>
    public sealed record Diff(string Range) : ScanMode;

    /// <summary><c>--history [RANGE]</c>: every blob ever committed, once.</summary>
    public sealed record History(string? Range) : ScanMode;
}
