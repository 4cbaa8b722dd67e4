namespace ContentLint.Core.Model;

/// <summary>A piece of text that a reader or crawler of the published page can see, with its way back to the source.</summary>
/// <param name="Kind">The region the text belongs to.</param>
/// <param name="Text">
/// The text as the page shows it (entities and escapes decoded, soft line breaks as <c>\n</c>), normalized for matching:
/// characters that render as nothing dropped, space and hyphen variants written plainly (see <c>MatchingText</c>).
/// </param>
/// <param name="Map">Maps positions in <paramref name="Text"/> to offsets in the original file.</param>
/// <param name="Name">Attribute name, front-matter key path or element name, when the kind has one.</param>
public sealed record Segment(RegionKind Kind, string Text, SourceMap Map, string? Name = null)
{
    // Records print every property by default; the text may be PHI, so only its length is shown.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Kind = {Kind}, Name = {Name}, Length = {Text.Length}");
        return true;
    }

    /// <summary>
    /// The text sits in the site's frame around the page's own content: an HTML page's navigation, or a header or
    /// footer that no article, section, aside or main element holds (docs/page-profile.md, "Page chrome inside a page").
    /// The same frame is repeated on every page, so it speaks for the practice, not about a patient.
    /// </summary>
    public bool InPageChrome { get; init; }

    /// <summary>
    /// A value found under a key (front matter, a data file, an object literal): its key path in
    /// <see cref="Name"/> says what it is (<c>name</c>, <c>quote</c>, <c>date</c>).
    /// </summary>
    public bool IsKeyedValue => Kind is RegionKind.FrontMatterValue or RegionKind.DataValue;

    /// <summary>The source offsets [start, end) of text characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
    public (int Start, int End) ToSource(int start, int length) => Map.ToSource(start, start + length);
}
