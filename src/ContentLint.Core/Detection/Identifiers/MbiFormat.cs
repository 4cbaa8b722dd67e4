namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// The Medicare Beneficiary Identifier as CMS publishes its format: 11 characters, C A AN N A AN N A A N N
/// (C = 1-9, N = 0-9, A = a letter other than S, L, O, I, B, Z), printed with or without dashes after the
/// fourth and seventh characters.
/// </summary>
internal static class MbiFormat
{
    private const string Pattern = "CAXNAXNAANN"; // X = letter or digit

    public const int Length = 11;

    public static bool IsValid(ReadOnlySpan<char> mbi)
    {
        if (mbi.Length != Length)
        {
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            var c = mbi[i];
            var ok = Pattern[i] switch
            {
                'C' => c is >= '1' and <= '9',
                'N' => char.IsAsciiDigit(c),
                'A' => IsMbiLetter(c),
                _ => char.IsAsciiDigit(c) || IsMbiLetter(c),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMbiLetter(char c) => char.IsAsciiLetterUpper(c) && c is not ('S' or 'L' or 'O' or 'I' or 'B' or 'Z');
}
