using ContentLint.Core.Config;

namespace ContentLint.Core.Sources;

/// <summary>One line of a <c>.gitignore</c>, compiled.</summary>
/// <param name="BaseDirectory">The folder of the file the line came from, repository-relative ("" for the root).</param>
/// <param name="Glob">The pattern, relative to <paramref name="BaseDirectory"/> (unanchored ones start with <c>**/</c>).</param>
/// <param name="Negated">A <c>!pattern</c> that re-includes what an earlier line excluded.</param>
/// <param name="DirectoryOnly">A <c>pattern/</c> that only matches folders.</param>
internal sealed record GitIgnorePattern(string BaseDirectory, GlobPattern Glob, bool Negated, bool DirectoryOnly)
{
    /// <summary>True when the line matches <paramref name="relativePath"/> (repository-relative).</summary>
    public bool Matches(string relativePath, bool isDirectory)
    {
        if (DirectoryOnly && !isDirectory)
        {
            return false;
        }

        if (BaseDirectory.Length == 0)
        {
            return Glob.IsMatch(relativePath);
        }

        return relativePath.Length > BaseDirectory.Length + 1
            && relativePath.StartsWith(BaseDirectory, StringComparison.Ordinal)
            && relativePath[BaseDirectory.Length] == '/'
            && Glob.IsMatch(relativePath[(BaseDirectory.Length + 1)..]);
    }
}
