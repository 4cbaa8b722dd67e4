using System.Text.RegularExpressions;
using ContentLint.Core.Detection.Context;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Photos;

/// <summary>
/// Full-face photographs (PHI017): on patient-story pages every picture that is not a logo, icon, staff, office,
/// equipment or product picture; elsewhere only pictures whose alt text, title or file name shows a person who is
/// not staff ("Tobias Lind smiling", "patient portrait"). Staff pages show staff: nothing on them is reported.
/// Front-matter image values (<c>image:</c> on a testimonial) are read like an image without alt text; an HTML
/// figure's <c>figcaption</c> is read with its image's title.
/// </summary>
internal sealed class PhotoDetector : IDetector
{
    // Image syntax written out in text (HTML-escaped markup, samples): the same checks apply as to parsed images.
    private static readonly Regex InlineImage = new(
        @"!\[[^\]\n]*\]\([^)\n]*\)|<img\b[^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private readonly string _ruleId;
    private readonly PhotoWords _words;
    private readonly FrontMatterImage _frontMatterImage;

    public PhotoDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _words = new PhotoWords(rule);
        _frontMatterImage = new FrontMatterImage(rule);
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        if (document.Profile.Kind == PageKind.Staff)
        {
            return;
        }

        // The profile decides a story; the path and front-matter cues still count for a page nobody profiled
        // (a detector run on its own, as the tests and library users do), never against a decided kind: a
        // layouts/testimonials/ template is site chrome.
        var storyPage = document.Profile.IsStory;
        foreach (var segment in document.Segments)
        {
            if (segment.Kind == RegionKind.Image)
            {
                var (_, end) = segment.ToSource(0, segment.Text.Length);
                var image = ImageParts.Parse(segment.Text).WithCaption(FigureCaption.After(document.File.Text, end));
                Add(segment, 0, segment.Text.Length, image, storyPage, candidates);
            }
            else if (segment.Kind == RegionKind.Prose)
            {
                foreach (var match in InlineImage.EnumerateMatches(segment.Text))
                {
                    Add(segment, match.Index, match.Length, ImageParts.Parse(segment.Text.Substring(match.Index, match.Length)), storyPage, candidates);
                }
            }
            else if (segment.IsKeyedValue && _frontMatterImage.Read(segment) is { } image)
            {
                Add(segment, 0, segment.Text.Length, image, storyPage, candidates);
            }
        }
    }

    private void Add(Segment segment, int start, int length, ImageParts image, bool storyPage, ICollection<Candidate> candidates)
    {
        if (_words.Classify(image, storyPage) is { } verdict)
        {
            candidates.Add(new Candidate(_ruleId, segment, start, length, verdict.Confidence) { Reason = verdict.Reason });
        }
    }
}
