using System.Net;
using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Web;

/// <summary>
/// Forms that collect health information (WEB004, WEB005): what a form asks for comes from its fields and text; where
/// it goes from its <c>action</c> (or a form service's marker such as <c>data-netlify</c>). The practice's own
/// domains, relative actions and the hosts under <c>processors:</c> are not third parties. Also <c>mailto:</c> links
/// whose prefilled subject or body asks for health details.
/// </summary>
internal sealed class FormFinder
{
    private static readonly string[] FieldElements = ["input", "select", "textarea"];
    private static readonly string[] NotAsked = ["hidden", "submit", "reset", "button", "image"];
    private static readonly string[] Descriptors = ["name", "id", "placeholder", "aria-label", "title", "autocomplete", "data-label"];

    private readonly SignatureSet _signatures;
    private readonly HealthFieldMatcher _fields;
    private readonly OrganizationDomainAllowList _organization;
    private readonly IReadOnlyList<string> _processors;

    public FormFinder(SignatureSet signatures, HealthFieldMatcher fields, ContentLintConfig config)
    {
        _signatures = signatures;
        _fields = fields;
        _organization = new OrganizationDomainAllowList(config);
        _processors = config.Processors;
    }

    /// <summary>Adds WEB004/WEB005 candidates; returns true when the page has a form that asks for health information.</summary>
    public bool Find(PageMarkup markup, ICollection<Candidate> candidates)
    {
        var found = false;
        var tags = markup.Tags;
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i] is not { Name: "form", IsEnd: false } form)
            {
                continue;
            }

            var end = i + 1;
            while (end < tags.Count && tags[end].Name != "form")
            {
                end++;
            }

            var kinds = _fields.Kinds(Asked(markup, i, end));
            if (kinds.Count == 0)
            {
                continue;
            }

            found = true;
            if (Destination(markup.Text, form) is { } destination)
            {
                var (ruleId, start, stop, where) = destination;
                var detail = ruleId == "WEB005" ? $"asks for {string.Join(", ", kinds)}" : $"asks for {string.Join(", ", kinds)}; sent to {where}";
                candidates.Add(WebCandidates.Create(ruleId, markup.Text, start, stop, detail));
            }
        }

        return found;
    }

    /// <summary>WEB005 for <c>mailto:</c> links (Markdown or HTML) whose subject or body asks for health details.</summary>
    public void FindMailtoLinks(ContentDocument document, ICollection<Candidate> candidates)
    {
        foreach (var segment in document.Segments.Where(s => s.Kind == RegionKind.LinkUrl))
        {
            var url = segment.Text;
            var query = url.IndexOf('?', StringComparison.Ordinal);
            if (query < 0 || !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var asked = url[(query + 1)..].Split('&')
                .Select(p => p.Split('=', 2))
                .Where(p => p.Length == 2 && p[0].ToLowerInvariant() is "subject" or "body")
                .Select(p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
            var kinds = _fields.Kinds(asked);
            if (kinds.Count > 0)
            {
                var (start, end) = segment.ToSource(0, url.Length);
                candidates.Add(WebCandidates.Create("WEB005", document.File.Text, start, end, $"e-mail link asks for {string.Join(", ", kinds)}"));
            }
        }
    }

    /// <summary>The descriptors of the fields between tags <paramref name="from"/> and <paramref name="to"/>, and the form's text.</summary>
    private static IEnumerable<string> Asked(PageMarkup markup, int from, int to)
    {
        var text = markup.Text;
        for (var j = from; j < to; j++)
        {
            var tag = markup.Tags[j];
            if (!tag.IsEnd && FieldElements.Contains(tag.Name) && !NotAsked.Contains(tag.Attribute("type")?.Value.Trim().ToLowerInvariant()))
            {
                foreach (var attribute in tag.Attributes.Where(a => Descriptors.Contains(a.Name)))
                {
                    yield return attribute.Value;
                }
            }

            // The words between this tag and the next: labels, legends, instructions.
            var gapStart = tag.End;
            var gapEnd = j + 1 < markup.Tags.Count ? markup.Tags[j + 1].Start : text.Length;
            if (gapEnd > gapStart && !markup.IsInCode(gapStart) && !markup.IsExcluded(gapStart) && tag.Name is not ("script" or "style"))
            {
                yield return WebUtility.HtmlDecode(text[gapStart..gapEnd]);
            }
        }
    }

    private (string RuleId, int Start, int End, string Where)? Destination(string text, MarkupTag form)
    {
        var action = form.Attribute("action");
        var value = action?.Value.Trim() ?? string.Empty;
        if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return ("WEB005", action!.ValueStart, action.ValueEnd, "e-mail");
        }

        // Form services that take the post through a marker, not an action URL (Netlify Forms).
        if (_signatures.MatchElement(form).FirstOrDefault(s => s.Kind == "form-service") is { } marked && !marked.Urls.Any(u => IsProcessor(u.Host)))
        {
            var (start, end) = action is { ValueEnd: > 0 } a && a.ValueEnd > a.ValueStart ? (a.ValueStart, a.ValueEnd) : (form.Start, form.Start + 5);
            return ("WEB004", start, end, marked.Name);
        }

        if (action is null || !WebUrl.TryParse(value, out var url) || _organization.IsOrganizationHost(url.Host) || IsProcessor(url.Host))
        {
            return null;
        }

        var service = _signatures.MatchUrl(value).FirstOrDefault(s => s.Kind == "form-service");
        return ("WEB004", action.ValueStart, action.ValueEnd, service?.Name ?? "a third-party endpoint not listed in processors");
    }

    private bool IsProcessor(string host) =>
        _processors.Any(p => host == p || host.EndsWith("." + p, StringComparison.Ordinal));
}
