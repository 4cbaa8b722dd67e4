using System.Text;

namespace ContentLint.Core.Profile;

/// <summary>
/// The words of a key, a file or a folder name as written in code and data: <c>patientName</c>,
/// <c>patient_name</c>, <c>PatientStories</c> and <c>patient-stories</c> all read as lower-case words.
/// </summary>
internal static class KeyWords
{
    public static string[] Of(string name) => ProfileWords.Split(SeparateCamelCase(name));

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
