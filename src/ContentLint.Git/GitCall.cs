using LibGit2Sharp;

namespace ContentLint.Git;

/// <summary>
/// Turns libgit2 failures into <see cref="GitException"/>s the user can act on. libgit2's messages name paths,
/// extensions and settings, never file content, so they are safe to print.
/// </summary>
internal static class GitCall
{
    public static T Run<T>(string where, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitException($"{where}: git could not be read: {ex.Message.TrimEnd('.')}{Hint(ex.Message)}");
        }
    }

    private static string Hint(string message) =>
        message.Contains("owner", StringComparison.OrdinalIgnoreCase) || message.Contains("safe.directory", StringComparison.OrdinalIgnoreCase)
            ? " (the repository belongs to another user: git config --global --add safe.directory <path>)"
        : message.Contains("extension", StringComparison.OrdinalIgnoreCase) || message.Contains("index", StringComparison.OrdinalIgnoreCase)
            ? " (an index feature libgit2 does not read, such as a split or sparse index: git config core.splitIndex false; git config index.sparse false)"
        : string.Empty;
}
