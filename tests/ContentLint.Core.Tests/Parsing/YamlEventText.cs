using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>Every field of YAML events and nodes as text, so that two parses compare field by field in one assertion.</summary>
internal static class YamlEventText
{
    /// <summary>The events YamlDotNet's own parser gives for the slice, ending with the exception when it throws.</summary>
    public static List<string> FromYamlDotNet(string text, int start, int end) =>
        Events(new Parser(new ContentLint.Core.Parsing.StringSliceReader(text, start, end)));

    public static List<string> Events(IParser parser)
    {
        var lines = new List<string>();
        try
        {
            while (parser.MoveNext())
            {
                lines.Add(Describe(parser.Current!));
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            lines.Add(Thrown(ex));
        }

        return lines;
    }

    public static string Describe(ParsingEvent e)
    {
        var fields = e switch
        {
            Scalar s => $"Scalar value={Quote(s.Value)} style={s.Style} tag={s.Tag} anchor={s.Anchor} plainImplicit={s.IsPlainImplicit} quotedImplicit={s.IsQuotedImplicit} key={s.IsKey}",
            DocumentStart d => $"DocumentStart implicit={d.IsImplicit} version={d.Version?.Version} tags={string.Join(';', d.Tags?.Select(t => $"{t.Handle}={t.Prefix}") ?? [])}",
            DocumentEnd d => $"DocumentEnd implicit={d.IsImplicit}",
            MappingStart m => $"MappingStart style={m.Style} tag={m.Tag} anchor={m.Anchor} implicit={m.IsImplicit}",
            SequenceStart q => $"SequenceStart style={q.Style} tag={q.Tag} anchor={q.Anchor} implicit={q.IsImplicit}",
            AnchorAlias a => $"AnchorAlias value={a.Value}",
            _ => e.GetType().Name,
        };
        return $"{fields} {Mark(e.Start)}-{Mark(e.End)}";
    }

    /// <summary>The node tree YamlStream builds from the parser's events, or the exception it throws.</summary>
    public static List<string> Nodes(IParser parser)
    {
        var lines = new List<string>();
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            foreach (var document in stream.Documents)
            {
                lines.Add($"Document {Mark(document.RootNode.Start)}-{Mark(document.RootNode.End)}");
                foreach (var node in document.AllNodes)
                {
                    var detail = node switch
                    {
                        YamlScalarNode s => $"value={Quote(s.Value)} style={s.Style}",
                        YamlMappingNode m => $"style={m.Style} children={m.Children.Count}",
                        YamlSequenceNode q => $"style={q.Style} children={q.Children.Count}",
                        _ => string.Empty,
                    };
                    lines.Add($"{node.NodeType} tag={node.Tag} anchor={node.Anchor} {detail} {Mark(node.Start)}-{Mark(node.End)}");
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            lines.Add(Thrown(ex));
        }

        return lines;
    }

    private static string Thrown(Exception ex) =>
        ex is YamlException y ? $"throws {ex.GetType().Name} {y.Message} {Mark(y.Start)}-{Mark(y.End)}" : $"throws {ex.GetType().Name} {ex.Message}";

    private static string Mark(Mark m) => string.Create(CultureInfo.InvariantCulture, $"[{m.Index},{m.Line},{m.Column}]");

    private static string Quote(string? value) =>
        value is null ? "null" : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
