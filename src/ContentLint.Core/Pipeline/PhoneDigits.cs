namespace ContentLint.Core.Pipeline;

/// <summary>Compares telephone numbers by their digits: "(555) 201-3300", "555.201.3300" and "+1 555 201 3300" are one number.</summary>
internal static class PhoneDigits
{
    public static string Normalize(string number)
    {
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        // A leading North American country code does not make a different number.
        return digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
    }
}
