namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Vehicle identification numbers (ISO 3779 / 49 CFR 565): 17 characters without I, O and Q, whose ninth
/// character is the check digit (0-9 or X) of the weighted transliterated sum modulo 11.
/// </summary>
internal static class VinFormat
{
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    public const int Length = 17;

    public static bool IsValid(ReadOnlySpan<char> vin)
    {
        if (vin.Length != Length)
        {
            return false;
        }

        var sum = 0;
        var digits = 0;
        for (var i = 0; i < Length; i++)
        {
            var value = Transliterate(char.ToUpperInvariant(vin[i]));
            if (value < 0)
            {
                return false;
            }

            digits += char.IsAsciiDigit(vin[i]) ? 1 : 0;
            sum += value * Weights[i];
        }

        // A VIN always mixes letters and digits; 17 digits are some other number that happens to check.
        var check = sum % 11;
        var expected = check == 10 ? 'X' : (char)('0' + check);
        return digits is >= 5 and < Length && char.ToUpperInvariant(vin[8]) == expected;
    }

    private static int Transliterate(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'H' => c - 'A' + 1,
        >= 'J' and <= 'N' => c - 'J' + 1,
        'P' => 7,
        'R' => 9,
        >= 'S' and <= 'Z' => c - 'S' + 2,
        _ => -1, // I, O, Q and anything else never occur in a VIN
    };
}
