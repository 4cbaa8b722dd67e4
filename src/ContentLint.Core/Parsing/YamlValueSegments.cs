using ContentLint.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Turns every scalar value of a YAML (or JSON) document into a segment named by its key path: the front matter of a
/// page (<see cref="RegionKind.FrontMatterValue"/>) or a whole data file (<see cref="RegionKind.DataValue"/>).
/// </summary>
internal static class YamlValueSegments
{
    /// <summary>
    /// Adds the segments of <paramref name="root"/>, whose marks are relative to <paramref name="contentStart"/>;
    /// returns false when it has more than <paramref name="maxValues"/> values (not what it claims to be, or an alias bomb).
    /// </summary>
    public static bool Add(string text, YamlNode root, int contentStart, RegionKind kind, int maxValues, List<Segment> segments)
    {
        var pending = new Stack<(YamlNode Node, string Path)>();
        pending.Push((root, string.Empty));
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

            if (++values > maxValues)
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
                    var (start, end) = RawValueRange(text, contentStart, scalar);
                    var segment = builder.AppendAligned(text, start, end, value).Build(kind, path);
                    segments.Add(kind == RegionKind.DataValue ? MarkupInValues.BlankTags(segment) : segment);
                    break;
            }
        }

        return true;
    }

    /// <summary>The source range of a scalar's value, without quotes or a block scalar's header line.</summary>
    private static (int Start, int End) RawValueRange(string text, int contentStart, YamlScalarNode scalar)
    {
        var start = contentStart + (int)scalar.Start.Index;
        var end = Math.Min(text.Length, contentStart + (int)scalar.End.Index);
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
