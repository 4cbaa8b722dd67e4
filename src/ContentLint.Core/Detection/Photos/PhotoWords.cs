using ContentLint.Core.Detection.Context;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Photos;

/// <summary>Reads an image's alt text, title and file name for who and what it shows.</summary>
internal sealed class PhotoWords(RuleDefinition rule)
{
    private readonly CueWords _notPatient = new(rule.GetList("notPatientWords"), hyphenJoinsWords: true);
    private readonly CueWords _officePlaces = new(rule.GetList("officePlaceWords"), hyphenJoinsWords: true);
    private readonly CueWords _staff = new(rule.GetList("staffWords"), hyphenJoinsWords: true);
    private readonly CueWords _objects = new(rule.GetList("objectWords"), hyphenJoinsWords: true);
    private readonly CueWords _face = new(rule.GetList("faceWords"), hyphenJoinsWords: true);
    private readonly CueWords _wholeFace = new(rule.GetList("wholeFaceWords"), hyphenJoinsWords: true);
    private readonly CueWords _people = new(rule.GetList("peopleWords"), hyphenJoinsWords: true);
    private readonly CueWords _strangers = new(rule.GetList("strangerWords"), hyphenJoinsWords: true);
    private readonly CueWords _organizations = new(rule.GetList("organizationWords"), hyphenJoinsWords: true);
    private readonly IReadOnlyList<string> _titles = rule.GetList("staffTitles");
    private readonly CueWords _titleWords = new(rule.GetList("staffTitles").Select(t => t.TrimEnd('.')).Distinct());
    private readonly HashSet<string> _notPatientFolders = new(rule.GetList("notPatientFolders"), StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _patientFolders = new(rule.GetList("patientFolders"), StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _artExtensions = new(rule.GetList("artExtensions"), StringComparer.OrdinalIgnoreCase);

    // Built once, not per image: "Dr. " for a title that starts an alt text.
    private readonly string[] _titlePrefixes = [.. rule.GetList("staffTitles").Select(t => t + " ")];

    /// <summary>How sure it is that the image shows a patient's face, and why; null when it does not look so.</summary>
    public (Confidence Confidence, string Reason)? Classify(ImageParts image, bool storyPage)
    {
        var words = image.Alt + " . " + image.Title + " . " + image.FileWords;
        var length = words.Length;
        var patientWords = _people.Any(words, 0, length);
        var stranger = _strangers.Any(words, 0, length);
        var pronoun = PersonWords.HasPronoun(words, 0, length);
        // Alt and title lead the words: the names are looked for in that prefix, which is the same text.
        var named = NameLike.Find(words, image.Alt.Length + 3 + image.Title.Length, _titles);
        // "Delta Dental", "Summit Health Partners": capitalized words with an organization's word name a business, not
        // a person, unless a patient word or a pronoun is with them.
        if (named && !patientWords && !pronoun && NamesOrganization(words, image.Alt.Length + 3 + image.Title.Length))
        {
            named = false;
        }
        // "Portrait of Dr. Kim": a title names staff; "Tobias Lind with Dr. Kim" still names someone else.
        // "Our reception area" is the office; "Ama Osei laughing in our reception area" is a person in it.
        var officeOnly = _officePlaces.Any(words, 0, length) && !named && !patientWords;
        if (officeOnly || IsSiteArt(image, words)
            || (_staff.Any(words, 0, length) && !patientWords && !stranger)
            || (_titleWords.Any(words, 0, length) && !patientWords && !stranger && !named)
            || (_objects.Any(words, 0, length) && !patientWords && !stranger && !pronoun && !named))
        {
            return null;
        }

        var face = _face.Any(words, 0, length);
        var wholeFace = _wholeFace.Any(words, 0, length);
        if (storyPage)
        {
            return (Confidence.High, "a picture on a patient-story page");
        }

        // Elsewhere a picture counts only when its words show a patient or a relative, or name someone. "Woman
        // smiling at her phone" on a service page is a stock model: a stranger word (and the pronoun that goes
        // with it) shows a person, not whose; without a name that is not a patient. A portrait alone ("Jane Roe,
        // portrait") is a bio's or a byline's headshot there: a patient's portrait off the stories says whose, or
        // what care it shows ("full-face portrait after treatment").
        var person = patientWords || (pronoun && !stranger);
        var onlyAStranger = stranger && !patientWords && !named;
        // A testimonial's picture shown on the home page or a news post still comes from the patients' folder.
        return IsInFolder(image.Source, _patientFolders) ? (Confidence.Medium, "it is in a folder of patients' pictures")
            : onlyAStranger ? null
            : wholeFace ? (person || HasHealth(words) ? (Confidence.Medium, "its words say it shows a face in care") : null)
            : face && (person || named) ? (Confidence.Medium, "its words show a person's face")
            : named && (person || stranger || HasHealth(words)) ? (Confidence.Medium, "its words name a person in a health context")
            : null;
    }

    private static bool HasHealth(string words) => HealthVocabulary.HasHealthContext(words, 0, words.Length, 0);

    /// <summary>A capitalized organization word ("Dental" in "Delta Dental") in the first <paramref name="length"/> characters.</summary>
    private bool NamesOrganization(string words, int length)
    {
        foreach (var (start, _) in _organizations.FindAll(words, 0, length))
        {
            if (char.IsUpper(words[start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Logos, icons, vector art, staff and site folders, alt texts that start with a staff title, and template
    /// placeholders (<c>src="{{ .Params.image }}"</c>): a layout shows no one, the page that fills it in does.
    /// </summary>
    private bool IsSiteArt(ImageParts image, string words)
    {
        if (_notPatient.Any(words, 0, words.Length) || _artExtensions.Contains(image.Extension) || IsInNotPatientFolder(image.Source)
            || IsTemplateExpression(image.Source))
        {
            return true;
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

    private static bool IsTemplateExpression(string source) =>
        source.Contains("{{", StringComparison.Ordinal) || source.Contains("{%", StringComparison.Ordinal)
        || source.Contains("<%", StringComparison.Ordinal) || source.Contains("${", StringComparison.Ordinal)
        || (source.StartsWith('{') && source.EndsWith('}'));

    /// <summary>A folder of the source named, in any of its words, like a staff or site-art folder ("our-team", "staff_photos").</summary>
    private bool IsInNotPatientFolder(string source) => IsInFolder(source, _notPatientFolders);

    private static bool IsInFolder(string source, HashSet<string> folders)
    {
        var cut = source.IndexOfAny(['?', '#']);
        var path = cut >= 0 ? source[..cut] : source;
        var lastSlash = path.LastIndexOf('/');
        if (lastSlash <= 0)
        {
            return false;
        }

        foreach (var word in path[..lastSlash].Split(['/', '-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (folders.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
