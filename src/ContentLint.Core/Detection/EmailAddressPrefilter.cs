namespace ContentLint.Core.Detection;

/// <summary>
/// Whether each of <see cref="EmailAddressScanner"/>'s regexes can match, looked for without a regex: a plain address
/// holds '@', an obfuscated one an opening bracket, optional spaces and "at" ("[at]", "( AT )").
/// </summary>
internal static class EmailAddressPrefilter
{
    private static readonly System.Buffers.SearchValues<char> Openers = System.Buffers.SearchValues.Create("[({<");

    public static bool MayHavePlain(string text) => text.Contains('@', StringComparison.Ordinal);

    public static bool MayHaveObfuscated(string text)
    {
        var span = text.AsSpan();
        for (var open = span.IndexOfAny(Openers); open >= 0; open = NextOpener(span, open + 1))
        {
            var i = open + 1;
            while (i < span.Length && span[i] is ' ' or '\u00A0')
            {
                i++;
            }

            // Any non-ASCII letter counts too, in case case-insensitive matching folds it to 'a' or 't'.
            if (i + 1 < span.Length && (span[i] is 'a' or 'A' || !char.IsAscii(span[i])) && (span[i + 1] is 't' or 'T' || !char.IsAscii(span[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextOpener(ReadOnlySpan<char> span, int from)
    {
        var next = span[from..].IndexOfAny(Openers);
        return next < 0 ? -1 : from + next;
    }
}
