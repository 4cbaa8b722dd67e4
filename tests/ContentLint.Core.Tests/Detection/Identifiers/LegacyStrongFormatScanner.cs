using System.Text.RegularExpressions;
using ContentLint.Core.Detection.Identifiers;

namespace ContentLint.Core.Tests.Detection.Identifiers;

/// <summary>
/// The strong-format and SSN scanners as they were before their hand-written shapes, kept as the reference the
/// equivalence tests compare <see cref="StrongFormatScanner"/>, <see cref="StrongFormatShapes"/>, <see cref="SsnScanner"/>
/// and <see cref="SsnShape"/> with.
/// </summary>
internal static class LegacyStrongFormatScanner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    public static readonly Regex MbiShape = new(@"[1-9][A-Z][A-Z0-9][0-9]-?[A-Z][A-Z0-9][0-9]-?[A-Z]{2}[0-9]{2}", Options);
    public static readonly Regex VinShape = new(@"[A-HJ-NPR-Z0-9]{17}", Options);
    public static readonly Regex UdiShape = new(@"\(01\)[0-9]{14}(?:\([0-9]{2,4}\)[A-Za-z0-9\-]{1,20}){0,6}", Options);
    public static readonly Regex SsnShape = new(@"[0-9]{3}(?:-[0-9]{2}-|[ \u00A0][0-9]{2}[ \u00A0])[0-9]{4}|[0-9]{9}", Options);

    public static List<(int Start, int Length)> Find(string text, string format)
    {
        var found = new List<(int, int)>();
        var (regex, validate) = format switch
        {
            StrongFormatScanner.Mbi => (MbiShape, (Func<string, bool>)IsMbi),
            StrongFormatScanner.Vin => (VinShape, s => VinFormat.IsValid(s)),
            StrongFormatScanner.Udi => (UdiShape, _ => true),
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

    public static List<(int Start, int Length, char Separator)> FindSsns(string text)
    {
        var found = new List<(int, int, char)>();
        foreach (var match in SsnShape.EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            var span = text.AsSpan(match.Index, match.Length);
            if (CodeBoundary.IsStandalone(text, match.Index, end) && IdentifierChecks.IsSsn(new string([.. span.ToArray().Where(char.IsAsciiDigit)])))
            {
                found.Add((match.Index, match.Length, match.Length == 9 ? '\0' : span[3] == '-' ? '-' : ' '));
            }
        }

        return found;
    }

    /// <summary>Every match of <paramref name="regex"/>, unvalidated.</summary>
    public static List<(int Start, int Length)> Shapes(Regex regex, string text)
    {
        var found = new List<(int, int)>();
        foreach (var match in regex.EnumerateMatches(text))
        {
            found.Add((match.Index, match.Length));
        }

        return found;
    }

    private static bool IsMbi(string value) =>
        value.Length == MbiFormat.Length ? MbiFormat.IsValid(value)
        : value.Length == MbiFormat.Length + 2 && value[4] == '-' && value[8] == '-' && MbiFormat.IsValid(value.Replace("-", string.Empty, StringComparison.Ordinal));
}
