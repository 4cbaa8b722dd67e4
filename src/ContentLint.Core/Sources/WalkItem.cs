namespace ContentLint.Core.Sources;

/// <summary>One result of <see cref="WorkingTreeWalker.Walk"/>. Messages never quote file content.</summary>
/// <param name="Kind">A file to scan, a problem, or a bad PATH argument.</param>
/// <param name="RelativePath">
/// Repository-relative path with <c>/</c> separators; for <see cref="WalkItemKind.InvalidArgument"/>, the argument as given.
/// </param>
/// <param name="FullPath">The absolute path of a file to scan; null for problems.</param>
/// <param name="Message">What is wrong; null for files.</param>
public sealed record WalkItem(WalkItemKind Kind, string RelativePath, string? FullPath, string? Message)
{
    /// <summary>A file to scan.</summary>
    public static WalkItem File(string fullPath, string relativePath) => new(WalkItemKind.File, relativePath, fullPath, null);

    /// <summary>Something that could not be scanned.</summary>
    public static WalkItem Problem(string relativePath, string message) => new(WalkItemKind.Problem, relativePath, null, message);

    /// <summary>A PATH argument that cannot be used.</summary>
    public static WalkItem InvalidArgument(string argument, string message) =>
        new(WalkItemKind.InvalidArgument, argument, null, message);
}
