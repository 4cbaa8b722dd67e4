using ContentLint.Core.Model;

namespace ContentLint.Core.Pipeline;

/// <summary>One file handed to a scan: its text, or why it could not be read (the message never quotes content).</summary>
public sealed record ScanInput(string Path, SourceFile? File, string? Problem)
{
    public static ScanInput Readable(SourceFile file) => new(file.Path, file, null);

    public static ScanInput Unreadable(string path, string problem) => new(path, null, problem);
}
