using System.Text;

namespace ContentLint.Core.Profile;

/// <summary>
/// The words of a key, a file or a folder name as written in code and data: <c>patientName</c>,
/// <c>patient_name</c>, <c>PatientStories</c> and <c>patient-stories</c> all read as lower-case words.
/// </summary>
internal static class KeyWords
{
    public static string[] Of(string name) => ProfileWords.Split(SeparateCamelCase(name));

    /// <summary>The last key of a key path as written ("reviews[2].authorName" → "authorName", "tags[0]" → "tags").</summary>
    public static string LastKey(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        var end = path.IndexOf('[', StringComparison.Ordinal) is var bracket and >= 0 && bracket > path.LastIndexOf('.') ? bracket : path.Length;
        return end == 0 ? string.Empty : path[(path.LastIndexOf('.', end - 1) + 1)..end];
    }

    /// <summary>
    /// True when a key, read as <paramref name="words"/>, is in <paramref name="keys"/>: by its last word (<c>name</c> of
    /// <c>authorName</c>) or whole, joined with underscores (<c>treated_by</c>) or not (<c>fullname</c>).
    /// </summary>
    public static bool AreIn(string[] words, IReadOnlySet<string> keys) =>
        words.Length > 0 && (keys.Contains(words[^1]) || keys.Contains(string.Join('_', words)) || keys.Contains(string.Concat(words)));

    /// <summary>A space before each capital that follows a lower-case letter or digit, or starts a word after capitals ("HTMLPage" → "HTML Page").</summary>
    public static string SeparateCamelCase(string name)
    {
        StringBuilder? separated = null;
        for (var i = 1; i < name.Length; i++)
        {
            var boundary = char.IsUpper(name[i])
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (boundary)
            {
                separated ??= new StringBuilder(name, 0, i, name.Length + 8);
                separated.Append(' ');
            }

            separated?.Append(name[i]);
        }

        return separated?.ToString() ?? name;
    }
}
