using System.Collections.Concurrent;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Web;

namespace ContentLint.Core.Images;

/// <summary>
/// Reports an image's metadata findings on each line of a page that shows the image, as candidates of the page: they
/// then take the page's allow lists, suppressions, consent and baseline like any other finding. The value stays
/// internal (allow lists and fingerprints use it); the message names the tag only. Capture dates, GPS positions and
/// camera serial numbers count only on patient pages (<see cref="ImageFact.CountsOnlyOnPatientPages"/>), and names in
/// file names are left to the page's own name detector.
/// </summary>
internal sealed class ImageReferenceStage(ImageLibrary? library, ImageReferenceResolver resolver)
{
    /// <summary>
    /// The image each URL resolves to, per folder of the pages that show it: a site's pages show the same logos,
    /// photos and icons again and again, and resolving means trying several candidate paths. The result depends only
    /// on the page's folder (<see cref="ImageReferenceResolver.PageFolder"/>) and the URL.
    /// </summary>
    private readonly ConcurrentDictionary<(string Folder, string Url), (string? Path, ImageAnalysis? Analysis)> _resolved = new();

    /// <summary>The candidates, and the repository paths of the images the page shows.</summary>
    public (List<Candidate> Candidates, List<string> Shown) Find(ContentDocument document, PageContext page)
    {
        var candidates = new List<Candidate>();
        var shown = new List<string>();
        if (library is null)
        {
            return (candidates, shown);
        }

        var folder = ImageReferenceResolver.PageFolder(document.File.Path);
        foreach (var reference in ImageReferenceFinder.Find(document))
        {
            var resolved = Resolve(library, document.File.Path, folder, reference.Url);
            // A found image has both its path and its analysis.
            if (resolved is not (string path, ImageAnalysis analysis))
            {
                continue;
            }

            shown.Add(path);
            var (start, end) = reference.Segment.ToSource(reference.Start, reference.Length);
            foreach (var fact in analysis.Facts.Where(f => f.Tag != ImageFileFacts.FileNameTag && (!f.CountsOnlyOnPatientPages || page.NeedsConsent)))
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

    /// <summary>The first candidate path of <paramref name="url"/> that holds an image, and its analysis.</summary>
    private (string? Path, ImageAnalysis? Analysis) Resolve(ImageLibrary images, string pagePath, string folder, string url)
    {
        if (_resolved.TryGetValue((folder, url), out var known))
        {
            return known;
        }

        (string? Path, ImageAnalysis? Analysis) found = default;
        foreach (var path in resolver.Candidates(pagePath, url))
        {
            if (images.Analyze(path) is { } analysis)
            {
                found = (path, analysis);
                break;
            }
        }

        return _resolved.GetOrAdd((folder, url), found);
    }
}
