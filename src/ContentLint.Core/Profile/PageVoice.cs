using ContentLint.Core.Model;

namespace ContentLint.Core.Profile;

/// <summary>
/// Whether a story is told in the first person ("I", "my": a testimonial in the patient's own words) or about someone
/// ("she", "his": a case study). A writer who says "I" does not name themselves in the body: a given name there is
/// someone they talk about, introduced with a cue when it is family ("my son Jack") and mostly a clinician when not.
/// </summary>
internal static class PageVoice
{
    /// <summary>A story is first person with at least this many first-person words...</summary>
    internal const int MinimumFirstPersonWords = 3;

    /// <summary>...and at least this many times as many as it has third-person singular ones.</summary>
    internal const int LeadFactor = 2;

    /// <summary>The voice shows in the first words, as the language does.</summary>
    private const int MaximumWordsCounted = PageLanguage.MaximumWordsCounted;

    private static readonly HashSet<string> FirstPerson = new(["i", "me", "my", "mine", "myself"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ThirdPerson = new(["he", "she", "him", "his", "her", "hers", "himself", "herself"], StringComparer.OrdinalIgnoreCase);

    public static bool IsFirstPerson(ContentDocument document)
    {
        var first = FirstPerson.GetAlternateLookup<ReadOnlySpan<char>>();
        var third = ThirdPerson.GetAlternateLookup<ReadOnlySpan<char>>();
        int firstCount = 0, thirdCount = 0, seen = 0;
        foreach (var segment in document.Segments)
        {
            if (segment.Kind is not (RegionKind.Prose or RegionKind.HtmlText or RegionKind.TableCell or RegionKind.FrontMatterValue or RegionKind.DataValue))
            {
                continue;
            }

            var text = segment.Text.AsSpan();
            var start = -1;
            for (var i = 0; i <= text.Length && seen < MaximumWordsCounted; i++)
            {
                var inWord = i < text.Length && char.IsLetter(text[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    var word = text[start..i];
                    firstCount += first.Contains(word) && (word.Length > 1 || word[0] == 'I') ? 1 : 0; // "i" in lower case is a list marker
                    thirdCount += third.Contains(word) ? 1 : 0;
                    start = -1;
                    seen++;
                }
            }
        }

        return firstCount >= MinimumFirstPersonWords && firstCount >= LeadFactor * thirdCount;
    }
}
