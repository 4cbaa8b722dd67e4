namespace ContentLint.Git;

/// <summary>One content file version chosen from git: a blob and the path it is reported under.</summary>
/// <param name="Path">Repository-relative path with <c>/</c> (the new path of a rename).</param>
/// <param name="BlobId">The blob's object id.</param>
/// <param name="Commit">The commit that introduced this blob at this path (history scans), or null.</param>
public sealed record GitContentItem(string Path, string BlobId, string? Commit = null);
