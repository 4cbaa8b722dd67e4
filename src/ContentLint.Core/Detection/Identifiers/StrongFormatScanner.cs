using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Identifiers whose format alone is strong evidence, with no caption needed: Medicare Beneficiary Identifiers,
/// VINs with a valid check digit, and GS1 unique device identifiers ("(01)" and a 14-digit GTIN).
/// </summary>
internal static class StrongFormatScanner
{
    public const string Mbi = "mbi";
    public const string Vin = "vin";
    public const string Udi = "gs1-udi";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private static readonly Regex MbiShape = new(@"[1-9][A-Z][A-Z0-9][0-9]-?[A-Z][A-Z0-9][0-9]-?[A-Z]{2}[0-9]{2}", Options);
    private static readonly Regex VinShape = new(@"[A-HJ-NPR-Z0-9]{17}", Options);
    private static readonly Regex UdiShape = new(@"\(01\)[0-9]{14}(?:\([0-9]{2,4}\)[A-Za-z0-9\-]{1,20}){0,6}", Options);

    /// <summary>Spans of <paramref name="format"/> (one of the constants) in <paramref name="text"/>.</summary>
    public static List<(int Start, int Length)> Find(string text, string format)
    {
        var found = new List<(int, int)>();
        var (regex, validate) = format switch
        {
            Mbi => (MbiShape, (Func<string, bool>)IsMbi),
            Vin => (VinShape, s => VinFormat.IsValid(s)),
            Udi => (UdiShape, _ => true),
            _ => throw new InvalidDataException($"Rule catalog: unknown identifier format '{format}'."),
        };
        foreach (var match in regex.EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            if (CodeBoundary.IsStandalone(text, match.Index, end) && validate(text.Substring(match.Index, match.Length)))
            {
                found.Add((match.Index, match.Length));
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="format"/> names a format this scanner knows.</summary>
    public static bool IsKnown(string format) => format is Mbi or Vin or Udi;

    /// <summary>Dashes either at both CMS positions or at neither.</summary>
    private static bool IsMbi(string value) =>
        value.Length == MbiFormat.Length ? MbiFormat.IsValid(value)
        : value.Length == MbiFormat.Length + 2 && value[4] == '-' && value[8] == '-' && MbiFormat.IsValid(value.Replace("-", string.Empty, StringComparison.Ordinal));
}
