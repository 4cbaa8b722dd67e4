using System.Text.RegularExpressions;

namespace ContentLint.Core.Config;

/// <summary>
/// Trims a key path rebuilt from a malformed YAML text (see <see cref="YamlErrorLocator"/>) to its leading known keys:
/// the text there may hold any key, and an unknown key must not be printed (see <see cref="KeySuggestion"/>).
/// </summary>
internal static partial class KnownKeyPath
{
    private static readonly HashSet<string> KnownNames = new(
        [.. ConfigBinder.TopLevelKeys, .. ConfigBinder.OrganizationKeys, .. ConfigBinder.ConsentKeys, .. ConfigBinder.WebKeys],
        StringComparer.Ordinal);

    /// <summary><c>organization.names[2]</c> stays; <c>staff[0].anything typed</c> becomes <c>staff[0]</c>; null stays null.</summary>
    public static string? Trim(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var kept = new List<string>();
        foreach (var segment in path.Split('.'))
        {
            var match = Segment().Match(segment);
            if (!match.Success || !(KnownNames.Contains(match.Groups["name"].Value) || RuleId().IsMatch(match.Groups["name"].Value)))
            {
                break;
            }

            kept.Add(segment);
        }

        return kept.Count == 0 ? null : string.Join('.', kept);
    }

    [GeneratedRegex(@"\A(?<name>[A-Za-z_]+[0-9]*)(\[[0-9]+\])*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();

    // Rule IDs such as PHI001 under 'rules' are not personal data.
    [GeneratedRegex(@"\A[A-Z]{2,5}[0-9]{3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();
}
