namespace ContentLint.Core.Config;

/// <summary>Which dialect a glob is written in.</summary>
internal enum GlobSyntax
{
    /// <summary>Configuration globs (globby-like): <c>{a,b}</c> alternation is supported.</summary>
    Standard,

    /// <summary><c>.gitignore</c> patterns: braces and commas are literal characters, as in git's wildmatch.</summary>
    GitIgnore,
}
