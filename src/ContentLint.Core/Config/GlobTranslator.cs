using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Config;

/// <summary>Translates a glob (already stripped of a leading <c>./</c> or <c>/</c>) into an anchored regular expression.</summary>
internal static class GlobTranslator
{
    private const string AnyFolders = "(?:.*/)?";
    private const string AnythingBelow = "(?:/.*)?";

    public static bool TryTranslate(
        string glob,
        GlobSyntax syntax,
        [NotNullWhen(true)] out string? regex,
        [NotNullWhen(false)] out string? error)
    {
        var braces = syntax == GlobSyntax.Standard;
        var sb = new StringBuilder("^");
        var depth = 0;
        regex = null;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '\\')
            {
                if (i + 1 == glob.Length)
                {
                    error = "it ends with a lone '\\'";
                    return false;
                }

                sb.Append(Regex.Escape(glob[++i].ToString()));
            }
            else if (c == '/' && IsDoubleStarSegment(glob, i + 1, braces, depth, out var afterSlash) && EndsSegment(glob, afterSlash, braces, depth, allowSlash: false))
            {
                // "dir/**" matches dir itself and everything below it.
                sb.Append(AnythingBelow);
                i = afterSlash - 1;
            }
            else if (c == '*' && IsDoubleStarSegment(glob, i, braces, depth, out var after) && StartsSegment(glob, i, braces, depth))
            {
                var consumesSlash = after < glob.Length && glob[after] == '/';
                sb.Append(consumesSlash ? AnyFolders : ".*");
                i = consumesSlash ? after : after - 1;
            }
            else if (c == '*')
            {
                while (i + 1 < glob.Length && glob[i + 1] == '*')
                {
                    i++;
                }

                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else if (c == '[')
            {
                if (!CharacterClass.TryTranslate(glob, i, out var cls, out var end, out error))
                {
                    return false;
                }

                sb.Append(cls);
                i = end;
            }
            else if (braces && c == '{')
            {
                depth++;
                sb.Append("(?:");
            }
            else if (braces && c == '}')
            {
                if (depth == 0)
                {
                    error = "unbalanced '}'";
                    return false;
                }

                depth--;
                sb.Append(')');
            }
            else if (braces && c == ',' && depth > 0)
            {
                sb.Append('|');
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        if (depth > 0)
        {
            error = "unbalanced '{'";
            return false;
        }

        regex = sb.Append('$').ToString();
        error = null;
        return true;
    }

    // True when glob[start..] begins with two or more stars that end their segment; after = index past the stars.
    private static bool IsDoubleStarSegment(string glob, int start, bool braces, int depth, out int after)
    {
        after = start;
        while (after < glob.Length && glob[after] == '*')
        {
            after++;
        }

        return after - start >= 2 && EndsSegment(glob, after, braces, depth, allowSlash: true);
    }

    private static bool EndsSegment(string glob, int index, bool braces, int depth, bool allowSlash) =>
        index == glob.Length
        || (allowSlash && glob[index] == '/')
        || (braces && depth > 0 && glob[index] is ',' or '}');

    private static bool StartsSegment(string glob, int index, bool braces, int depth) =>
        index == 0
        || glob[index - 1] == '/'
        || (braces && depth > 0 && glob[index - 1] is ',' or '{');
}
