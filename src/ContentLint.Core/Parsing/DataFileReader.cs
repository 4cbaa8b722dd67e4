using ContentLint.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Reads a YAML or JSON data file (<c>_data/testimonials.yml</c>, <c>src/data/reviews.json</c>): every string value
/// becomes a <see cref="RegionKind.DataValue"/> segment named by its key path, and every mapping a
/// <see cref="DataRecord"/> whose <c>consent:</c> block can be read like a page's (docs/data-and-code.md). JSON is
/// read by the same YAML parser: YAML 1.2 is a superset of it, and so its positions come out the same way.
/// </summary>
internal static class DataFileReader
{
    /// <summary>
    /// More values than a site's data file holds (a review export of a few thousand reviews has tens of thousands);
    /// past it the file is scanned as plain text instead.
    /// </summary>
    private const int MaxValues = 500_000;

    public static IReadOnlyList<DataRecord> Read(string text, List<Segment> segments, List<ParseProblem> problems)
    {
        if (YamlDepthGuard.Check(text) is { } depthProblem)
        {
            return PlainText(text, segments, problems, $"data file not parsed: {depthProblem}", 0);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // Site generators read YAML more leniently than YamlDotNet: a file they accept is read line by line, with a
            // note (not a warning: the site builds) that its consent blocks could not be read.
            var offset = ex is YamlException yamlException ? (int)Math.Max(0, yamlException.Start.Index) : 0;
            problems.Add(new ParseProblem($"data file is not strict YAML ({YamlErrorText.Describe(ex)}); read line by line, without its consent blocks", Math.Min(offset, text.Length)));
            return LenientYamlReader.Read(text, segments);
        }

        var records = new List<DataRecord>();
        var before = segments.Count;
        foreach (var document in stream.Documents)
        {
            if (!YamlValueSegments.Add(text, document.RootNode, 0, RegionKind.DataValue, MaxValues, segments))
            {
                segments.RemoveRange(before, segments.Count - before);
                return PlainText(text, segments, problems, "data file has too many values to read one by one; scanned as plain text", 0);
            }

            AddRecords(text, document.RootNode, records);
        }

        records.Sort((a, b) => a.Start.CompareTo(b.Start));
        return records;
    }

    /// <summary>Every mapping with a value of its own is a record: a testimonial, a review, a team member, a whole one-record file.</summary>
    private static void AddRecords(string text, YamlNode root, List<DataRecord> records)
    {
        var pending = new Stack<(YamlNode Node, string Path)>();
        pending.Push((root, string.Empty));
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var (node, path) = pending.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    var keys = new List<string>(mapping.Children.Count);
                    var hasValue = false;
                    foreach (var (key, value) in mapping.Children)
                    {
                        var name = (key as YamlScalarNode)?.Value ?? "?";
                        keys.Add(name);
                        hasValue |= value is YamlScalarNode { Value.Length: > 0 };
                        // A consent block is a record's own field, never a record of its own.
                        if (name != "consent")
                        {
                            pending.Push((value, path.Length == 0 ? name : $"{path}.{name}"));
                        }
                    }

                    if (hasValue)
                    {
                        var start = (int)mapping.Start.Index;
                        var end = Math.Min(text.Length, EndOf(mapping));
                        records.Add(new DataRecord(start, end, path, keys, new FrontMatter(mapping, start, end, 0)));
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        pending.Push((sequence.Children[i], $"{path}[{i}]"));
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Where a node's text ends. YamlDotNet gives a collection the end of its opening token only, so a mapping ends
    /// where the last of its values does.
    /// </summary>
    private static int EndOf(YamlNode node)
    {
        var end = (int)node.End.Index;
        var pending = new Stack<YamlNode>();
        pending.Push(node);
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!visited.Add(next))
            {
                continue;
            }

            end = Math.Max(end, (int)next.End.Index);
            switch (next)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(key);
                        pending.Push(value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return end;
    }

    private static IReadOnlyList<DataRecord> PlainText(string text, List<Segment> segments, List<ParseProblem> problems, string problem, int offset)
    {
        problems.Add(new ParseProblem(problem, offset));
        segments.Add(new SegmentBuilder().AppendVerbatim(text, 0, text.Length).Build(RegionKind.Prose));
        return [];
    }
}
