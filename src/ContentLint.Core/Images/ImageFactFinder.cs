using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Names;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Images;

/// <summary>
/// Turns metadata values and the image's file name into possible identifiers. Names go through the same name detector
/// as page text (a creator field or caption is text like any other), so dictionaries, vetoes and cues apply; staff and
/// the practice are dropped later by the allow lists, as for page text.
/// </summary>
internal sealed class ImageFactFinder
{
    private readonly NameDetector? _names;

    public ImageFactFinder(RuleCatalog catalog)
    {
        _names = catalog.Find("PHI001") is { Implemented: true } rule ? new NameDetector(rule) : null;
    }

    public List<ImageFact> Find(string path, IReadOnlyList<ImageValue> values)
    {
        var facts = new List<ImageFact>();
        foreach (var value in values)
        {
            switch (value.Kind)
            {
                case ImageValueKind.Location:
                    facts.Add(new ImageFact("PHI002", value.Tag, value.Text, Confidence.High));
                    break;
                case ImageValueKind.PersonShown:
                    facts.Add(new ImageFact("PHI001", value.Tag, value.Text, Confidence.High));
                    break;
                case ImageValueKind.Creator or ImageValueKind.FreeText:
                    facts.AddRange(Names(value.Text, RegionKind.Prose).Select(n => new ImageFact("PHI001", value.Tag, n.Text, n.Confidence)
                    {
                        FromCreatorField = value.Kind == ImageValueKind.Creator,
                    }));
                    break;
                case ImageValueKind.Serial:
                    facts.Add(new ImageFact("PHI013", value.Tag, value.Text, Confidence.High));
                    break;
                case ImageValueKind.CaptureDate:
                    facts.Add(new ImageFact("PHI003", value.Tag, value.Text, Confidence.High));
                    break;
            }
        }

        // "ann-lee-before.jpg": the detector's own file-name rule, as for an image source in a page.
        // The words are compared as a name ("ann lee"), so that staff allow lists match "maria-lopez.jpg".
        facts.AddRange(Names(path, RegionKind.ImageSource).Select(n => new ImageFact("PHI001", ImageFileFacts.FileNameTag, n.Text.Replace('-', ' ').Replace('_', ' ').Replace('.', ' '), n.Confidence)));
        return facts;
    }

    private List<(string Text, Confidence Confidence)> Names(string text, RegionKind kind)
    {
        if (_names is null)
        {
            return [];
        }

        var segment = new SegmentBuilder().AppendVerbatim(text, 0, text.Length).Build(kind);
        var document = new ContentDocument(new SourceFile("image-metadata", text), null, [segment], []) { Profile = PageProfile.ImageMetadata };
        var candidates = new List<Candidate>();
        _names.Detect(document, candidates);
        return [.. candidates.Select(c => (c.MatchedText, c.Confidence))];
    }
}
