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
    private readonly IReadOnlyList<string> _notPatientFolders = rule.GetList("notPatientFolders");
    private readonly IReadOnlyList<string> _titles = rule.GetList("staffTitles");

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
        var named = NameLike.Find(image.Alt + " . " + image.Title, _titles);
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
        var source = image.Source.ToLowerInvariant();
        return _notPatient.Any(words, 0, words.Length)
            || _notPatientFolders.Any(f => source.Contains("/" + f + "/", StringComparison.Ordinal))
            || _titles.Any(t => image.Alt.TrimStart().StartsWith(t + " ", StringComparison.OrdinalIgnoreCase));
    }
}
