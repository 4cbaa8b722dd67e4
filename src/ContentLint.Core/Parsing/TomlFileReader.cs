using ContentLint.Core.Model;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Reads a TOML data file (Hugo's <c>data/testimonials.toml</c>) with Tomlyn's syntax tree, which keeps every token's
/// position: each string value becomes a <see cref="RegionKind.DataValue"/> segment named by its key path
/// (<c>testimonials[1].name</c>), and each table, entry of an array of tables and inline table a
/// <see cref="DataRecord"/>. TOML records carry no consent block ContentLint reads (docs/data-and-code.md).
/// </summary>
internal static class TomlFileReader
{
    public static IReadOnlyList<DataRecord> Read(string text, string path, List<Segment> segments, List<ParseProblem> problems)
    {
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, path, false);
        }
        catch (Exception ex) when (ex is Tomlyn.TomlException or ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            // Nesting deeper than the parser allows, an escape it cannot decode: the words are still scanned.
            problems.Add(new ParseProblem($"TOML could not be parsed ({ex.GetType().Name}); scanned as plain text", 0));
            segments.Add(new SegmentBuilder().AppendVerbatim(text, 0, text.Length).Build(RegionKind.Prose));
            return [];
        }

        if (document.HasErrors)
        {
            // The parser recovers; what it could read is still read.
            problems.Add(new ParseProblem("malformed TOML: some values could not be read", 0));
        }

        var records = new List<DataRecord>();
        var reader = new Walker(text, segments, records);
        reader.Table(document, document.KeyValues, string.Empty);
        var arrayCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in document.Tables)
        {
            var name = KeyText(table.Name);
            if (table is TableArraySyntax)
            {
                var index = arrayCounts.GetValueOrDefault(name);
                arrayCounts[name] = index + 1;
                name = $"{name}[{index}]";
            }

            reader.Table(table, table.Items, name);
        }

        records.Sort((a, b) => a.Start.CompareTo(b.Start));
        return records;
    }

    private static string KeyText(KeySyntax? key)
    {
        if (key is null)
        {
            return "?";
        }

        var text = Part(key.Key);
        foreach (var dotted in key.DotKeys)
        {
            text += "." + Part(dotted.Key);
        }

        return text;
    }

    private static string Part(SyntaxNode? key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "?",
        StringValueSyntax quoted => quoted.Value ?? "?",
        _ => "?",
    };

    private sealed class Walker(string text, List<Segment> segments, List<DataRecord> records)
    {
        private const int MaxDepth = 64;

        /// <summary>The key-value pairs of a table (or of the document's top), as one record when any value is a string.</summary>
        public void Table(SyntaxNode table, IEnumerable<KeyValueSyntax> items, string path)
        {
            var keys = new List<string>();
            var before = segments.Count;
            foreach (var item in items)
            {
                var key = KeyText(item.Key);
                keys.Add(key);
                Value(item.Value, Join(path, key), 0);
            }

            if (segments.Count > before && keys.Count > 0)
            {
                var (start, end) = Range(table);
                records.Add(new DataRecord(start, end, path, keys, null));
            }
        }

        private void Value(SyntaxNode? value, string path, int depth)
        {
            if (depth > MaxDepth)
            {
                return;
            }

            switch (value)
            {
                case StringValueSyntax { Token: { } token, Value: { Length: > 0 } decoded }:
                    String(token, decoded, path);
                    break;
                case ArraySyntax array:
                    var index = 0;
                    foreach (var item in array.Items)
                    {
                        Value(item.Value, $"{path}[{index++}]", depth + 1);
                    }

                    break;
                case InlineTableSyntax inline:
                    Table(inline, inline.Items.Select(i => i.KeyValue).OfType<KeyValueSyntax>(), path);
                    break;
            }
        }

        /// <summary>A string's value without its quotes; basic strings' escapes aligned with the source.</summary>
        private void String(SyntaxToken token, string decoded, string path)
        {
            var (start, end) = Range(token);
            var quote = token.TokenKind switch
            {
                TokenKind.StringMulti or TokenKind.StringLiteralMulti => 3,
                _ => 1,
            };
            start = Math.Min(end, start + quote);
            end = Math.Max(start, end - quote);
            // A line break right after a multi-line string's opening quotes is not part of the value.
            if (quote == 3 && start < end && text[start] is '\r' or '\n')
            {
                start += text[start] == '\r' && start + 1 < end && text[start + 1] == '\n' ? 2 : 1;
            }

            var builder = SegmentBuilder.Scratch;
            if (token.TokenKind is TokenKind.StringLiteral or TokenKind.StringLiteralMulti)
            {
                builder.AppendVerbatim(text, start, end - start);
            }
            else
            {
                builder.AppendAligned(text, start, end, decoded);
            }

            segments.Add(MarkupInValues.BlankTags(builder.Build(RegionKind.DataValue, path)));
        }

        /// <summary>A node's source range; Tomlyn's span ends on its last character.</summary>
        private (int Start, int End) Range(SyntaxNode node)
        {
            var start = Math.Clamp(node.Span.Start.Offset, 0, text.Length);
            var end = Math.Clamp(node.Span.End.Offset + 1, start, text.Length);
            return (start, end);
        }

        private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
    }
}
