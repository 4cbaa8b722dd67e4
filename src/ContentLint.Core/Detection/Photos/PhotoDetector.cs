using System.Text.RegularExpressions;
using ContentLint.Core.Detection.Context;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Photos;

/// <summary>
/// Full-face photographs (PHI017): the whole image on patient pages (stories, testimonials, case studies, galleries),
/// and elsewhere images whose alt text, title or file name shows a person ("Mateo Ruiz smiling", "portrait").
/// Staff, office, intraoral, X-ray and credited stock pictures are left out by their words.
/// </summary>
internal sealed class PhotoDetector : IDetector
{
    // Image syntax written out in text (HTML-escaped markup, samples): the same checks apply as to parsed images.
    private static readonly Regex InlineImage = new(
        @"!\[[^\]\n]*\]\([^)\n]*\)|<img\b[^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private readonly string _ruleId;
    private readonly IReadOnlyList<string> _patientPages;
    private readonly PhotoWords _words;

    public PhotoDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _patientPages = rule.GetList("patientPages");
        _words = new PhotoWords(rule);
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        var patientPage = PatientPage.Matches(document, _patientPages);
        foreach (var segment in document.Segments)
        {
            if (segment.Kind == RegionKind.Image)
            {
                Add(segment, 0, segment.Text.Length, patientPage, candidates);
            }
            else if (segment.Kind == RegionKind.Prose)
            {
                foreach (var match in InlineImage.EnumerateMatches(segment.Text))
                {
                    Add(segment, match.Index, match.Length, patientPage, candidates);
                }
            }
        }
    }

    private void Add(Segment segment, int start, int length, bool patientPage, ICollection<Candidate> candidates)
    {
        var image = ImageParts.Parse(segment.Text.Substring(start, length));
        if (_words.Classify(image, patientPage) is { } confidence)
        {
            candidates.Add(new Candidate(_ruleId, segment, start, length, confidence));
        }
    }
}
