namespace ContentLint.Git;

/// <summary>A git problem the user can fix (no repository, an unknown revision, a shallow clone); exit code 2.</summary>
public sealed class GitException(string message) : Exception(message);
