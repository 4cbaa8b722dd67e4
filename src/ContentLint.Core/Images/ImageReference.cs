using ContentLint.Core.Model;

namespace ContentLint.Core.Images;

/// <summary>A place in a page that shows or links an image: the segment, the URL's span in its text, and the URL.</summary>
internal sealed record ImageReference(Segment Segment, int Start, int Length, string Url)
{
    // Records print every property by default; the URL is page text (a file name may hold a name).
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Start = {Start}, Length = {Length}");
        return true;
    }
}
