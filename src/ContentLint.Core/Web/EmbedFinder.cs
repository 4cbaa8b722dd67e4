using ContentLint.Core.Detection;
using ContentLint.Core.Model;

namespace ContentLint.Core.Web;

/// <summary>
/// Trackers (WEB001), comment widgets (WEB002) and social posts (WEB003) by their signatures: script, image and iframe
/// URLs, snippets in inline scripts and event handlers, embed elements, shortcodes, and Markdown images (pixels).
/// </summary>
internal sealed class EmbedFinder(SignatureSet signatures)
{
    private static readonly string[] UrlElements = ["script", "img", "iframe", "embed", "source", "object", "video", "audio"];

    /// <param name="rules">The rules that apply on this page (WEB001 on patient-facing pages, WEB002/WEB003 on stories).</param>
    public void Find(ContentDocument document, PageMarkup markup, IReadOnlySet<string> rules, ICollection<Candidate> candidates)
    {
        var text = markup.Text;
        foreach (var tag in markup.Tags.Where(t => !t.IsEnd))
        {
            foreach (var attribute in tag.Attributes.Where(a => a.ValueEnd > a.ValueStart))
            {
                if (attribute.Name is "src" or "data" && UrlElements.Contains(tag.Name))
                {
                    Add(signatures.MatchUrl(attribute.Value), attribute.ValueStart, attribute.ValueEnd, Where(tag.Name));
                }
                else if (attribute.Name.StartsWith("on", StringComparison.Ordinal))
                {
                    AddFirstSnippets(attribute.ValueStart, attribute.ValueEnd, "event handler");
                }
            }

            var (tagStart, tagEnd) = WebCandidates.TagSpan(text, tag);
            Add(signatures.MatchElement(tag), tagStart, tagEnd, "embed code");
        }

        foreach (var body in markup.Bodies.Where(b => b.Element == "script"))
        {
            AddFirstSnippets(body.Start, body.End, "inline script");
        }

        if (signatures.HasText)
        {
            foreach (var (start, length, signature) in signatures.FindText(text, 0, text.Length))
            {
                if (!markup.IsExcluded(start) && !markup.IsInCode(start))
                {
                    Add([signature], start, start + length, "shortcode");
                }
            }
        }

        // Markdown images have no tag: a tracking pixel written as ![](https://www.facebook.com/tr?...).
        foreach (var segment in document.Segments.Where(s => s is { Kind: RegionKind.ImageSource, Name: null }))
        {
            var (start, end) = segment.ToSource(0, segment.Text.Length);
            Add(signatures.MatchUrl(segment.Text), start, end, "image pixel");
        }

        void AddFirstSnippets(int start, int end, string where)
        {
            var seen = new HashSet<WebSignature>();
            foreach (var (at, length, signature) in signatures.FindSnippets(text, start, end))
            {
                if (seen.Add(signature))
                {
                    Add([signature], at, at + length, where);
                }
            }
        }

        void Add(IEnumerable<WebSignature> found, int start, int end, string where)
        {
            foreach (var signature in found.Where(s => rules.Contains(s.RuleId)))
            {
                candidates.Add(WebCandidates.Create(signature.RuleId, text, start, end, $"{signature.Name} ({where})"));
            }
        }
    }

    private static string Where(string element) => element switch
    {
        "script" => "script source",
        "img" => "image pixel",
        "iframe" => "iframe",
        _ => "embedded " + element,
    };
}
