namespace ContentLint.Core.Detection.Identifiers;

/// <summary>Payment card numbers as printed: 13 to 19 digits, in groups split by single spaces or dashes.</summary>
internal static class CardNumber
{
    private const int MaxLength = 23;

    /// <summary>The end of the card number starting at <paramref name="start"/>.</summary>
    public static int End(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxLength);
        var i = start;
        var end = start;
        while (i < limit)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                end = ++i;
            }
            else if (text[i] is ' ' or '-' && i + 1 < limit && char.IsAsciiDigit(text[i + 1]) && i > start)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    public static string Digits(ReadOnlySpan<char> value)
    {
        var digits = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-'))
            {
                return string.Empty;
            }
        }

        return digits.ToString();
    }
}
