namespace ContentLint.Core.Detection.Identifiers;

/// <summary>Whether a match stands alone, rather than being part of a longer code, number, word or URL path.</summary>
internal static class CodeBoundary
{
    public static bool IsStandalone(string text, int start, int end)
    {
        if (start > 0)
        {
            var before = text[start - 1];
            if (char.IsLetterOrDigit(before) || before is '_' or '/' or '\\' or '$' or '@' or '=' or '&' or '?')
            {
                return false;
            }

            if (before is '.' or '-' or '+' or ':' && start > 1 && char.IsLetterOrDigit(text[start - 2]))
            {
                return false;
            }
        }

        if (end < text.Length)
        {
            var after = text[end];
            if (char.IsLetterOrDigit(after) || after is '_' or '/' or '\\' or '%' or '@')
            {
                return false;
            }

            if (after is '.' or '-' or ':' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
            {
                return false;
            }
        }

        return true;
    }
}
