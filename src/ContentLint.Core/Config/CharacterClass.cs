using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ContentLint.Core.Config;

/// <summary>Translates a glob bracket expression (<c>[abc]</c>, <c>[a-z]</c>, <c>[!x]</c>, <c>[^x]</c>) to a regex class.</summary>
internal static class CharacterClass
{
    /// <param name="glob">The whole glob.</param>
    /// <param name="open">Index of the opening <c>[</c>.</param>
    /// <param name="regex">The regex class; a class never matches <c>/</c>, as in git's wildmatch.</param>
    /// <param name="close">Index of the closing <c>]</c>.</param>
    /// <param name="error">Why the class is invalid (an unclosed class, a range such as <c>z-a</c> that runs backwards).</param>
    public static bool TryTranslate(
        string glob, int open, [NotNullWhen(true)] out string? regex, out int close, [NotNullWhen(false)] out string? error)
    {
        regex = null;
        close = -1;
        error = null;
        char? rangeStart = null;
        var inRange = false;
        char? previous = null;
        var i = open + 1;
        var negated = i < glob.Length && glob[i] is '!' or '^';
        if (negated)
        {
            i++;
        }

        var members = new StringBuilder();
        var first = true;
        for (; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == ']' && !first)
            {
                close = i;
                break;
            }

            first = false;
            if (c == '\\' && i + 1 < glob.Length)
            {
                c = glob[++i];
            }
            else if (c == '-' && members.Length > 0 && i + 1 < glob.Length && glob[i + 1] != ']')
            {
                members.Append('-');
                (inRange, rangeStart) = (true, previous);
                continue;
            }

            // The regex engine rejects a backwards range with an exception; a glob error names the problem instead.
            if (inRange && c < rangeStart)
            {
                error = "a character range runs backwards (e.g. 'z-a')";
                return false;
            }

            (inRange, previous) = (false, c);

            members.Append(c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString());
        }

        if (close < 0)
        {
            error = "unbalanced '['";
            return false;
        }

        // Subtracting '/' keeps a class inside one path segment, like '*' and '?'.
        regex = negated ? $"[^/{members}]" : $"[{members}-[/]]";
        return true;
    }
}
