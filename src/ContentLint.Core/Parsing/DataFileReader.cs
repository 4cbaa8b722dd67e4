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

    /// <param name="json">The file is JSON: one YAML refuses (duplicate keys, say) is read as a script's object literal instead.</param>
    public static IReadOnlyList<DataRecord> Read(string text, bool json, List<Segment> segments, List<ParseProblem> problems)
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
            // Site generators read YAML more leniently than YamlDotNet, and JSON readers accept what YAML does not
            // (duplicate keys): such a file is still read, as JSON by the script reader or as YAML line by line, with a
            // CL1002 warning that its consent blocks could not be read.
            var offset = ex is YamlException yamlException ? (int)Math.Max(0, yamlException.Start.Index) : 0;
            var problem = new ParseProblem($"data file is not strict {(json ? "YAML-compatible JSON" : "YAML")} ({YamlErrorText.Describe(ex)}); read without its consent blocks", Math.Min(offset, text.Length));
            if (json)
            {
                problems.Add(problem);
                var objects = new List<DataRecord>();
                Code.ScriptSegmentExtractor.Extract(text, 0, text.Length, Code.ScriptDialect.JavaScript, segments, objects);
                objects.Sort((a, b) => a.Start.CompareTo(b.Start));
                return objects;
            }

            // As a generator reads it, quietly: only consent blocks are lost by a reading line by line.
            var first = segments.Count;
            var lenient = LenientYamlReader.Read(text, segments);
            if (segments.Skip(first).Any(segment => LenientYamlReader.IsConsentPath(segment.Name)))
            {
                problems.Add(problem);
            }

            return lenient;
        }

        var records = new List<DataRecord>();
        var before = segments.Count;
        var ends = new Dictionary<YamlNode, int>(ReferenceEqualityComparer.Instance);
        foreach (var document in stream.Documents)
        {
            if (!YamlValueSegments.Add(text, document.RootNode, 0, RegionKind.DataValue, MaxValues, segments))
            {
                segments.RemoveRange(before, segments.Count - before);
                return PlainText(text, segments, problems, "data file has too many values to read one by one; scanned as plain text", 0);
            }

            AddRecords(text, document.RootNode, ends, records);
        }

        records.Sort((a, b) => a.Start.CompareTo(b.Start));
        return records;
    }

    /// <summary>
    /// Every mapping with a value of its own is a record: a testimonial, a review, a team member, a whole one-record
    /// file. Its keys are those with a value of their own: a list it holds (<c>testimonials: [...]</c>) is not what it
    /// is about.
    /// </summary>
    private static void AddRecords(string text, YamlNode root, Dictionary<YamlNode, int> ends, List<DataRecord> records)
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
                        if (value is YamlScalarNode { Value.Length: > 0 })
                        {
                            keys.Add(name);
                            hasValue = true;
                        }
                        else if (name == "consent")
                        {
                            keys.Add(name); // the record's own consent block, read as its front matter would be
                        }
                    }

                    // Children pushed last to first, so that they are visited in source order: a node that aliases
                    // name is recorded where it first stands. A consent block is a record's own field, never a record.
                    foreach (var (key, value) in mapping.Children.Reverse())
                    {
                        var name = (key as YamlScalarNode)?.Value ?? "?";
                        if (name != "consent")
                        {
                            pending.Push((value, path.Length == 0 ? name : $"{path}.{name}"));
                        }
                    }

                    if (hasValue)
                    {
                        var start = (int)mapping.Start.Index;
                        var end = Math.Min(text.Length, EndOf(mapping, ends));
                        records.Add(new DataRecord(start, end, path, keys, new FrontMatter(mapping, start, end, 0)));
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = sequence.Children.Count - 1; i >= 0; i--)
                    {
                        pending.Push((sequence.Children[i], $"{path}[{i}]"));
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Where a node's text ends. YamlDotNet gives a collection the end of its opening token only, so a mapping ends
    /// where the last of its values does. Each node's end is worked out once (<paramref name="ends"/>): an alias
    /// refers to an earlier node, whose end is known, so a file of many aliases costs no more than one without.
    /// </summary>
    private static int EndOf(YamlNode node, Dictionary<YamlNode, int> ends)
    {
        if (ends.TryGetValue(node, out var known))
        {
            return known;
        }

        // Depth-first, children before parents, without recursion: the depth guard bounds flow nesting, not block nesting.
        var pending = new Stack<(YamlNode Node, bool Expanded)>();
        var open = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance); // a recursive alias must not loop
        pending.Push((node, false));
        while (pending.Count > 0)
        {
            var (next, expanded) = pending.Pop();
            if (ends.ContainsKey(next) || (!expanded && open.Contains(next)))
            {
                continue;
            }

            var children = Children(next);
            if (!expanded && children.Any(child => !ends.ContainsKey(child) && !open.Contains(child)))
            {
                open.Add(next);
                pending.Push((next, true));
                foreach (var child in children)
                {
                    if (!ends.ContainsKey(child) && !open.Contains(child))
                    {
                        pending.Push((child, false));
                    }
                }

                continue;
            }

            var end = (int)next.End.Index;
            foreach (var child in children)
            {
                end = Math.Max(end, ends.GetValueOrDefault(child, (int)child.End.Index));
            }

            ends[next] = end;
            open.Remove(next);
        }

        return ends[node];
    }

    private static List<YamlNode> Children(YamlNode node) => node switch
    {
        YamlMappingNode mapping => [.. mapping.Children.SelectMany(entry => new[] { entry.Key, entry.Value })],
        YamlSequenceNode sequence => [.. sequence.Children],
        _ => [],
    };

    private static IReadOnlyList<DataRecord> PlainText(string text, List<Segment> segments, List<ParseProblem> problems, string problem, int offset)
    {
        problems.Add(new ParseProblem(problem, offset));
        segments.Add(new SegmentBuilder().AppendVerbatim(text, 0, text.Length).Build(RegionKind.Prose));
        return [];
    }
}
