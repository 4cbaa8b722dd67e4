using System.Buffers;
using System.Globalization;
using System.Text;

namespace ContentLint.Core.Reporting;

/// <summary>
/// Text made safe for one line of a log or terminal (docs/output-formats.md, "Control characters"). A file name may
/// hold any character: a raw line break would end the line early and let the rest start a live GitHub workflow
/// command (<c>::warning …</c>), and ESC would drive the terminal. Control characters (U+0000–U+001F, U+007F–U+009F)
/// become <c>\xHH</c>, the Unicode line and paragraph separators <c>\u2028</c> and <c>\u2029</c>.
/// </summary>
public static class PrintableText
{
    private static readonly SearchValues<char> Unprintable = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(char.IsControl), '\u2028', '\u2029']);

    /// <summary><paramref name="text"/> with every control character and line separator escaped; the same string when it has none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Unprintable);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!Unprintable.Contains(c))
            {
                builder.Append(c);
            }
            else if (c <= '\u00FF')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }
}
