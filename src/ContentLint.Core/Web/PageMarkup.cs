namespace ContentLint.Core.Web;

/// <summary>
/// The HTML structure of one page as the WEB rules need it: every tag outside front matter, comments and code, in
/// source order, and the bodies of raw-text elements. Markdown pages have it too: their inline HTML and HTML blocks.
/// </summary>
internal sealed class PageMarkup(string text, IReadOnlyList<MarkupTag> tags, IReadOnlyList<RawTextBody> bodies, IReadOnlyList<(int Start, int End)> excluded)
{
    public string Text { get; } = text;

    public IReadOnlyList<MarkupTag> Tags { get; } = tags;

    public IReadOnlyList<RawTextBody> Bodies { get; } = bodies;

    /// <summary>Source ranges that are not page markup (front matter, comments, code), sorted and disjoint.</summary>
    public IReadOnlyList<(int Start, int End)> Excluded { get; } = excluded;

    /// <summary>True when <paramref name="offset"/> lies in an excluded range.</summary>
    public bool IsExcluded(int offset)
    {
        int lo = 0, hi = Excluded.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var (start, end) = Excluded[mid];
            if (offset < start)
            {
                hi = mid - 1;
            }
            else if (offset >= end)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="offset"/> lies inside the body of a <c>script</c> or <c>style</c> element.</summary>
    public bool IsInCode(int offset)
    {
        int lo = 0, hi = Bodies.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var body = Bodies[mid];
            if (offset < body.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= body.End)
            {
                lo = mid + 1;
            }
            else
            {
                return body.Element is "script" or "style";
            }
        }

        return false;
    }
}
