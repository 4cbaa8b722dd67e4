using System.Globalization;
using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// Appends the value of a string literal or a template literal's text, escapes decoded as JavaScript does: each
/// escape is one decoded run over its backslash sequence, everything else is verbatim, so offsets stay exact.
/// </summary>
internal static class ScriptStringText
{
    /// <summary>Appends the value of the literal text in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static void Append(SegmentBuilder builder, string text, int start, int end)
    {
        var verbatimStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c != '\\' && c != '\r')
            {
                i++;
                continue;
            }

            builder.AppendVerbatim(text, verbatimStart, i - verbatimStart);
            if (c == '\r')
            {
                // A template literal's CRLF is a line feed in its value.
                var crlf = i + 1 < end && text[i + 1] == '\n' ? 2 : 1;
                builder.AppendDecoded("\n", i, i + crlf);
                i += crlf;
            }
            else
            {
                i = AppendEscape(builder, text, i, end);
            }

            verbatimStart = i;
        }

        builder.AppendVerbatim(text, verbatimStart, end - verbatimStart);
    }

    /// <summary>Appends the escape at <paramref name="at"/> (a backslash) and returns the offset past it.</summary>
    private static int AppendEscape(SegmentBuilder builder, string text, int at, int end)
    {
        if (at + 1 >= end)
        {
            return end;
        }

        var c = text[at + 1];
        var next = at + 2;
        switch (c)
        {
            case '\r':
                // A line continuation stands for nothing.
                return next < end && text[next] == '\n' ? next + 1 : next;
            case '\n' or '\u2028' or '\u2029':
                return next;
            case 'x' when TryHex(text, next, Math.Min(end, next + 2), 2, out var code):
                builder.AppendDecoded(((char)code).ToString(), at, next + 2);
                return next + 2;
            case 'u' when next < end && text[next] == '{':
                var close = text.IndexOf('}', next, Math.Min(end - next, 9));
                if (close > next + 1 && TryHex(text, next + 1, close, close - next - 1, out var point) && point <= 0x10FFFF)
                {
                    builder.AppendDecoded(char.ConvertFromUtf32(IsSurrogate(point) ? 0xFFFD : point), at, close + 1);
                    return close + 1;
                }

                break;
            case 'u' when TryHex(text, next, Math.Min(end, next + 4), 4, out var unit):
                builder.AppendDecoded(((char)unit).ToString(), at, next + 4);
                return next + 4;
        }

        var decoded = c switch
        {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'b' => '\b',
            'f' => '\f',
            'v' => '\v',
            '0' => '\0',
            _ => c,
        };
        builder.AppendDecoded(new ReadOnlySpan<char>(in decoded), at, next);
        return next;
    }

    private static bool IsSurrogate(int point) => point is >= 0xD800 and <= 0xDFFF;

    private static bool TryHex(string text, int start, int end, int digits, out int value)
    {
        value = 0;
        return end - start == digits
            && int.TryParse(text.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }
}
