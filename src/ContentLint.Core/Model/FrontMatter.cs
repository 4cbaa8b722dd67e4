using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Model;

/// <summary>The YAML block at the top of a page between <c>---</c> lines.</summary>
/// <param name="Root">The top-level mapping (empty when the block is empty).</param>
/// <param name="Start">Source offset of the opening <c>---</c>.</param>
/// <param name="End">Source offset just past the closing delimiter line.</param>
/// <param name="ContentStart">Source offset of the first YAML character; YAML marks are relative to it.</param>
public sealed record FrontMatter(YamlMappingNode Root, int Start, int End, int ContentStart)
{
    // Records print every property by default; YamlDotNet's node ToString dumps the values, which may be PHI.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Start = {Start}, End = {End}, Keys = {Root.Children.Count}");
        return true;
    }

    /// <summary>The source offset of a YAML node (its marks are relative to the front-matter body).</summary>
    public int OffsetOf(YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return ContentStart + (int)node.Start.Index;
    }
}
