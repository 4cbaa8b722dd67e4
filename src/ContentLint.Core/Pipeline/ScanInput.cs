using ContentLint.Core.Model;
using ContentLint.Core.Sources;

namespace ContentLint.Core.Pipeline;

/// <summary>One file handed to a scan: its text, or why it could not be read (the message never quotes content).</summary>
public sealed record ScanInput(string Path, SourceFile? File, string? Problem)
{
    /// <summary>The commit this version of the file comes from (history scans), stamped on every diagnostic of the file.</summary>
    public string? Commit { get; init; }

    /// <summary>How the <see cref="Problem"/> is reported: a warning when the file should have been scanned, a note when skipping it is expected.</summary>
    public Severity ProblemSeverity { get; init; } = Severity.Warning;

    public static ScanInput Readable(SourceFile file) => new(file.Path, file, null);

    public static ScanInput Unreadable(string path, string problem) => new(path, null, problem);

    /// <summary>A file deliberately not scanned (e.g. a Git LFS pointer): reported as a note.</summary>
    public static ScanInput Skipped(string path, string reason) => new(path, null, reason) { ProblemSeverity = Severity.Note };

    /// <summary>
    /// Reads a working-tree file chosen by <see cref="WorkingTreeWalker"/> with <see cref="SourceFileReader"/>; a walk
    /// problem or a file that cannot be decoded becomes an unreadable input carrying the reason.
    /// </summary>
    public static ScanInput FromWalkItem(WalkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.FullPath is null)
        {
            return Unreadable(item.RelativePath, item.Message ?? "not scanned");
        }

        var read = SourceFileReader.Read(item.FullPath, item.RelativePath);
        return read.Succeeded ? Readable(read.File) : Unreadable(item.RelativePath, read.Problem);
    }
}
