namespace ContentLint.Core.Detection.Urls;

/// <summary>
/// Whether <see cref="UrlScanner"/>'s regex can match, looked for without a regex: a URL with a scheme holds "://",
/// one without starts with "www." or has a '/' right after a host character (a letter, digit or '-').
/// </summary>
internal static class UrlPrefilter
{
    public static bool MayHaveUrl(string text)
    {
        if (text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var slash = text.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = text.IndexOf('/', slash + 1))
        {
            // Non-ASCII counts too, in case case-insensitive matching folds it into [a-z].
            if (slash > 0 && (char.IsAsciiLetterOrDigit(text[slash - 1]) || text[slash - 1] == '-' || !char.IsAscii(text[slash - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
