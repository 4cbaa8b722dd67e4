using System.Text;

namespace ContentLint.Core.Consent;

/// <summary>Compares people's names as a reader would: "Dr. Maria Lopez, DDS" is "maria lopez".</summary>
internal static class ReviewerName
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "dr.", "doctor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "prof", "prof.",
    };

    public static string Normalize(string name)
    {
        // Credentials follow a comma ("Jamal Carter, RDH"); titles precede the name.
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var core = comma < 0 ? name : name[..comma];
        var words = core.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(Titles.Contains);
        var normalized = new StringBuilder();
        foreach (var word in words)
        {
            normalized.Append(normalized.Length > 0 ? " " : string.Empty).Append(word.ToLowerInvariant());
        }

        return normalized.ToString();
    }
}
