using ContentLint.Core.Detection.Context;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Photos;

/// <summary>Reads an image's alt text, title and file name for who and what it shows.</summary>
internal sealed class PhotoWords(RuleDefinition rule)
{
    private readonly CueWords _notPatient = new(rule.GetList("notPatientWords"), hyphenJoinsWords: true);
    private readonly CueWords _face = new(rule.GetList("faceWords"), hyphenJoinsWords: true);
    private readonly CueWords _people = new(rule.GetList("peopleWords"), hyphenJoinsWords: true);
    private readonly IReadOnlyList<string> _titles = rule.GetList("staffTitles");

    // Built once, not per image: "/team/" for a folder, "Dr. " for a title that starts an alt text.
    private readonly string[] _notPatientFolderPaths = [.. rule.GetList("notPatientFolders").Select(f => "/" + f + "/")];
    private readonly string[] _titlePrefixes = [.. rule.GetList("staffTitles").Select(t => t + " ")];

    /// <summary>The confidence that the image shows a patient's face, or null when it does not look so.</summary>
    public Confidence? Classify(ImageParts image, bool patientPage)
    {
        var words = image.Alt + " . " + image.Title + " . " + image.FileWords;
        if (IsNotPatient(image, words))
        {
            return null;
        }

        var face = _face.Any(words, 0, words.Length);
        var person = _people.Any(words, 0, words.Length) || PersonWords.HasPronoun(words, 0, words.Length);
        // Alt and title lead the words: the names are looked for in that prefix, which is the same text.
        var named = NameLike.Find(words, image.Alt.Length + 3 + image.Title.Length, _titles);
        if (patientPage)
        {
            return face || person || named ? Confidence.High : Confidence.Medium;
        }

        return face ? Confidence.Medium
            : named && (person || HealthVocabulary.HasHealthContext(words, 0, words.Length, 0)) ? Confidence.Medium
            : null;
    }

    private bool IsNotPatient(ImageParts image, string words)
    {
        if (_notPatient.Any(words, 0, words.Length))
        {
            return true;
        }

        var source = image.Source.ToLowerInvariant();

        foreach (var folder in _notPatientFolderPaths)
        {
            if (source.Contains(folder, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var alt = image.Alt.AsSpan().TrimStart();
        foreach (var prefix in _titlePrefixes)
        {
            if (alt.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
