using ContentLint.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Parsing;

/// <summary>Turns every scalar value of the front matter into a <see cref="RegionKind.FrontMatterValue"/> segment named by its key path.</summary>
internal static class FrontMatterSegments
{
    /// <summary>More values than any page header has; past it the block is not a header (or an alias bomb).</summary>
    private const int MaxValues = 10_000;

    /// <summary>Adds the segments; returns false when the block has too many values to be a page header.</summary>
    public static bool Add(string text, FrontMatter frontMatter, List<Segment> segments)
    {
        var pending = new Stack<(YamlNode Node, string Path)>();
        pending.Push((frontMatter.Root, string.Empty));
        var builder = SegmentBuilder.Scratch;
        // YAML aliases make the node graph a DAG: visiting each node once keeps "billion laughs" front matter linear.
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var values = 0;
        while (pending.Count > 0)
        {
            var (node, path) = pending.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            if (++values > MaxValues)
            {
                return false;
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    var children = mapping.Children;
                    for (var i = children.Count - 1; i >= 0; i--)
                    {
                        var entry = children[i];
                        var key = entry.Key is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : "?";
                        pending.Push((entry.Value, path.Length == 0 ? key : $"{path}.{key}"));
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = sequence.Children.Count - 1; i >= 0; i--)
                    {
                        pending.Push((sequence.Children[i], $"{path}[{i}]"));
                    }

                    break;
                case YamlScalarNode { Value: { Length: > 0 } value } scalar:
                    var (start, end) = RawValueRange(text, frontMatter, scalar);
                    segments.Add(builder.AppendAligned(text, start, end, value).Build(RegionKind.FrontMatterValue, path));
                    break;
            }
        }

        return true;
    }

    /// <summary>The source range of a scalar's value, without quotes or a block scalar's header line.</summary>
    private static (int Start, int End) RawValueRange(string text, FrontMatter frontMatter, YamlScalarNode scalar)
    {
        var start = frontMatter.ContentStart + (int)scalar.Start.Index;
        var end = Math.Min(text.Length, frontMatter.ContentStart + (int)scalar.End.Index);
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted when end - start >= 2:
                return (start + 1, end - 1);
            case ScalarStyle.Literal or ScalarStyle.Folded:
                var headerEnd = text.AsSpan(start, end - start).IndexOf('\n');
                return (headerEnd < 0 ? start : start + headerEnd + 1, end);
            default:
                return (start, end);
        }
    }
}
