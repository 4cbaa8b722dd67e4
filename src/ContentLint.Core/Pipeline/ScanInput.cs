using ContentLint.Core.Model;
using ContentLint.Core.Sources;

namespace ContentLint.Core.Pipeline;

/// <summary>One file handed to a scan: its text, or why it could not be read (the message never quotes content).</summary>
public sealed record ScanInput(string Path, SourceFile? File, string? Problem)
{
    public static ScanInput Readable(SourceFile file) => new(file.Path, file, null);

    public static ScanInput Unreadable(string path, string problem) => new(path, null, problem);

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
