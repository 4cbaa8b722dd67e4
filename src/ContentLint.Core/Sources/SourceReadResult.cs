using System.Diagnostics.CodeAnalysis;
using ContentLint.Core.Model;

namespace ContentLint.Core.Sources;

/// <summary>Either a decoded <see cref="SourceFile"/> or the reason the file is not scanned (never quoting its content).</summary>
public sealed class SourceReadResult
{
    private SourceReadResult(string relativePath, SourceFile? file, string? problem)
    {
        RelativePath = relativePath;
        File = file;
        Problem = problem;
    }

    /// <summary>Repository-relative path with <c>/</c> separators.</summary>
    public string RelativePath { get; }

    /// <summary>The decoded file, or null when <see cref="Problem"/> is set.</summary>
    public SourceFile? File { get; }

    /// <summary>Why the file is not scanned, e.g. <c>binary file, not scanned</c>; null on success.</summary>
    public string? Problem { get; }

    /// <summary>True when <see cref="File"/> holds the decoded text.</summary>
    [MemberNotNullWhen(true, nameof(File))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => File is not null;

    internal static SourceReadResult Success(SourceFile file) => new(file.Path, file, null);

    internal static SourceReadResult Failure(string relativePath, string problem) => new(relativePath, null, problem);
}
