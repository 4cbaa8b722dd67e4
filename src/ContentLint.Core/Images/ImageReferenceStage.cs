using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Web;

namespace ContentLint.Core.Images;

/// <summary>
/// Reports an image's metadata findings on each line of a page that shows the image, as candidates of the page: they
/// then take the page's allow lists, suppressions, consent and baseline like any other finding. The value stays
/// internal (allow lists and fingerprints use it); the message names the tag only. Capture dates count only on
/// patient pages, and names in file names are left to the page's own name detector.
/// </summary>
internal sealed class ImageReferenceStage(ImageLibrary? library, ImageReferenceResolver resolver)
{
    /// <summary>The candidates, and the repository paths of the images the page shows.</summary>
    public (List<Candidate> Candidates, List<string> Shown) Find(ContentDocument document, PageContext page)
    {
        var candidates = new List<Candidate>();
        var shown = new List<string>();
        if (library is null)
        {
            return (candidates, shown);
        }

        foreach (var reference in ImageReferenceFinder.Find(document))
        {
            var resolved = resolver.Candidates(document.File.Path, reference.Url)
                .Select(path => (Path: path, Analysis: library.Analyze(path)))
                .FirstOrDefault(found => found.Analysis is not null);
            if (resolved.Analysis is not { } analysis)
            {
                continue;
            }

            shown.Add(resolved.Path);
            var (start, end) = reference.Segment.ToSource(reference.Start, reference.Length);
            foreach (var fact in analysis.Facts.Where(f => f.Tag != ImageFileFacts.FileNameTag && (f.RuleId != "PHI003" || page.NeedsConsent)))
            {
                var segment = new SegmentBuilder().AppendDecoded(fact.Value, start, end).Build(reference.Segment.Kind, reference.Segment.Name);
                candidates.Add(new Candidate(fact.RuleId, segment, 0, fact.Value.Length, fact.Confidence)
                {
                    Detail = $"metadata of the image shown here ({fact.Tag})",
                });
            }
        }

        return (candidates, [.. shown.Distinct(StringComparer.Ordinal)]);
    }
}
