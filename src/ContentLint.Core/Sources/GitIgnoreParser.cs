using ContentLint.Core.Config;

namespace ContentLint.Core.Sources;

/// <summary>Parses <c>.gitignore</c> text with git's rules (gitignore(5)).</summary>
internal static class GitIgnoreParser
{
    /// <param name="text">The file's text.</param>
    /// <param name="baseDirectory">The file's folder, repository-relative ("" for the root).</param>
    public static IReadOnlyList<GitIgnorePattern> Parse(string text, string baseDirectory)
    {
        var patterns = new List<GitIgnorePattern>();
        foreach (var rawLine in text.Split('\n'))
        {
            if (TryParseLine(rawLine.TrimEnd('\r'), baseDirectory) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }

        return patterns;
    }

    private static GitIgnorePattern? TryParseLine(string line, string baseDirectory)
    {
        line = TrimUnescapedTrailingSpaces(line);
        if (line.Length == 0 || line[0] == '#')
        {
            return null;
        }

        var negated = line[0] == '!';
        if (negated)
        {
            line = line[1..];
        }

        var directoryOnly = line.EndsWith('/');
        line = line.TrimEnd('/');

        // A slash at the start or in the middle anchors the pattern to the .gitignore's folder; otherwise it
        // matches a name at any depth below it.
        var anchored = line.Contains('/', StringComparison.Ordinal);
        var glob = anchored ? line.TrimStart('/') : "**/" + line;
        if (line.Length == 0 || !GlobPattern.TryParse(glob, GlobSyntax.GitIgnore, out var compiled, out _))
        {
            // Git silently ignores lines it cannot use; so do we.
            return null;
        }

        return new GitIgnorePattern(baseDirectory, compiled, negated, directoryOnly);
    }

    private static string TrimUnescapedTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end];
    }
}
