using System.Net;

namespace ContentLint.Core.Model;

/// <summary>
/// Aligns decoded text (what a parser reports) with the raw source it came from, so every decoded character
/// keeps an exact source offset. Parsers decode entities (<c>&amp;amp;</c>), Markdown backslash escapes and
/// CRLF; those become decoded runs, everything else stays verbatim.
/// </summary>
public static class SourceAligner
{
    private const int MaxEntityLength = 40;
    private const int ResyncWindow = 8;

    /// <summary>Appends <paramref name="decoded"/>, aligned with source range [<paramref name="start"/>, <paramref name="end"/>), to <paramref name="builder"/>.</summary>
    public static void Append(SegmentBuilder builder, string source, int start, int end, string decoded)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(decoded);
        end = Math.Min(end, source.Length);
        int r = start, d = 0;
        while (d < decoded.Length)
        {
            if (r >= end)
            {
                // The parser produced more than the source holds (should not happen): pin the rest to the end.
                builder.AppendDecoded(decoded.AsSpan(d), end, end);
                return;
            }

            var raw = source[r];
            var want = decoded[d];
            if (raw == '&' && TryEntity(source, r, end, out var entityEnd, out var entityValue)
                && string.CompareOrdinal(decoded, d, entityValue, 0, entityValue.Length) == 0)
            {
                builder.AppendDecoded(entityValue, r, entityEnd);
                r = entityEnd;
                d += entityValue.Length;
            }
            else if (raw == want)
            {
                var length = 1;
                while (d + length < decoded.Length && r + length < end
                       && source[r + length] == decoded[d + length] && source[r + length] is not ('&' or '\\' or '\r'))
                {
                    length++;
                }

                builder.AppendVerbatim(source, r, length);
                r += length;
                d += length;
            }
            else if (raw == '\r' && want == '\n')
            {
                var crlf = r + 1 < end && source[r + 1] == '\n' ? 2 : 1;
                builder.AppendDecoded("\n", r, r + crlf);
                r += crlf;
                d++;
            }
            else if (raw == '\\' && r + 1 < end && source[r + 1] == want)
            {
                builder.AppendDecoded(new ReadOnlySpan<char>(in want), r, r + 2);
                r += 2;
                d++;
            }
            else if (raw == '&' && want != '&' && LooseReferenceEnd(source, r, end) is var referenceEnd && referenceEnd > r + 1)
            {
                // A reference HTML accepts without ';' (&amp B, &#64x) or one outside the HTML 4 table (&bigstar;).
                var length = char.IsHighSurrogate(want) && d + 1 < decoded.Length ? 2 : 1;
                builder.AppendDecoded(decoded.AsSpan(d, length), r, referenceEnd);
                r = referenceEnd;
                d += length;
            }
            else if (char.IsWhiteSpace(raw) || raw == '\0')
            {
                r++; // the parser dropped or normalized this character
            }
            else if (char.IsWhiteSpace(want))
            {
                builder.AppendDecoded(new ReadOnlySpan<char>(in want), r, r); // whitespace the parser added (a tab expanded to spaces)
                d++;
            }
            else
            {
                // Unknown transformation (a YAML escape such as '' or \t): map this character to the short stretch
                // of source up to where it reappears, then carry on aligning, so one oddity never shifts the rest.
                var next = source.IndexOf(want, r + 1, Math.Min(ResyncWindow, end - r - 1));
                var stop = next < 0 ? r + 1 : next + 1;
                builder.AppendDecoded(new ReadOnlySpan<char>(in want), r, stop);
                r = stop;
                d++;
            }
        }
    }

    /// <summary>The end of a character reference at <paramref name="at"/> as HTML tokenizers read it, with or without ';'.</summary>
    private static int LooseReferenceEnd(string source, int at, int end)
    {
        var limit = Math.Min(end, at + MaxEntityLength);
        var i = at + 1;
        if (i < limit && source[i] == '#')
        {
            i++;
            var hex = i < limit && source[i] is 'x' or 'X';
            if (hex)
            {
                i++;
            }

            while (i < limit && (hex ? char.IsAsciiHexDigit(source[i]) : char.IsAsciiDigit(source[i])))
            {
                i++;
            }
        }
        else
        {
            while (i < limit && char.IsAsciiLetterOrDigit(source[i]))
            {
                i++;
            }
        }

        return i < limit && source[i] == ';' ? i + 1 : i;
    }

    /// <summary>Reads an HTML character reference at <paramref name="at"/> (<c>&amp;name;</c>, <c>&amp;#38;</c>, <c>&amp;#x26;</c>).</summary>
    public static bool TryEntity(string source, int at, int end, out int entityEnd, out string value)
    {
        entityEnd = at;
        value = string.Empty;
        var limit = Math.Min(end, at + MaxEntityLength);
        var i = at + 1;
        while (i < limit && (char.IsAsciiLetterOrDigit(source[i]) || source[i] == '#'))
        {
            i++;
        }

        if (i >= limit || source[i] != ';' || i == at + 1)
        {
            return false;
        }

        var raw = source.Substring(at, i + 1 - at);
        var decoded = WebUtility.HtmlDecode(raw);
        if (decoded == raw)
        {
            return false;
        }

        entityEnd = i + 1;
        value = decoded;
        return true;
    }
}
