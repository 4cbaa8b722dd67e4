using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Reads a YAML data file that YamlDotNet refuses but a site generator accepts (Ruby's and Go's YAML readers are
/// lenient: a list indented unevenly, a colon inside a plain value). Each <c>key: value</c> line becomes a
/// <see cref="RegionKind.DataValue"/> segment named by its key, the lines of a block scalar (<c>|</c>, <c>&gt;</c>)
/// take the key above them, and each list item (<c>- key: value</c>) starts a record that runs while the lines below
/// are indented deeper than its dash. Records read this way carry no fields: their consent block is not read.
/// </summary>
internal static class LenientYamlReader
{
    public static IReadOnlyList<DataRecord> Read(string text, List<Segment> segments)
    {
        var records = new List<DataRecord>();
        var builder = SegmentBuilder.Scratch;
        (int Start, int Indent, List<string> Keys)? open = null;
        (string Key, int Indent)? block = null;
        var lineStart = 0;
        var lastContentEnd = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart) is var newline and >= 0 ? newline : text.Length;
            var end = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var indent = lineStart;
            while (indent < end && text[indent] == ' ')
            {
                indent++;
            }

            var depth = indent - lineStart;
            if (indent == end || text[indent] == '#')
            {
                lineStart = lineEnd + 1;
                continue; // blank lines and comments end nothing
            }

            if (block is { } scalar && depth > scalar.Indent)
            {
                segments.Add(MarkupInValues.BlankTags(builder.AppendVerbatim(text, indent, end - indent).Build(RegionKind.DataValue, scalar.Key)));
                lastContentEnd = end;
                lineStart = lineEnd + 1;
                continue;
            }

            block = null;
            var keyStart = indent;
            if (text[keyStart] == '-' && keyStart + 1 < end && text[keyStart + 1] == ' ')
            {
                Close(open, lastContentEnd, records);
                open = (keyStart, depth, []);
                keyStart += 2;
                while (keyStart < end && text[keyStart] == ' ')
                {
                    keyStart++;
                }
            }
            else if (open is { } record && depth <= record.Indent)
            {
                Close(open, lastContentEnd, records);
                open = null;
            }

            var colon = text.AsSpan(keyStart, end - keyStart).IndexOf(':');
            if (colon > 0)
            {
                var key = text.Substring(keyStart, colon).Trim().Trim('"', '\'');
                open?.Keys.Add(key);
                var valueStart = keyStart + colon + 1;
                while (valueStart < end && text[valueStart] == ' ')
                {
                    valueStart++;
                }

                var (start, stop) = Unquoted(text, valueStart, end);
                if (stop - start == 1 && text[start] is '|' or '>' || (stop - start == 2 && text[start] is '|' or '>' && text[start + 1] is '-' or '+'))
                {
                    block = (key, depth);
                }
                else if (stop > start)
                {
                    segments.Add(MarkupInValues.BlankTags(builder.AppendVerbatim(text, start, stop - start).Build(RegionKind.DataValue, key)));
                }
            }
            else if (keyStart < end)
            {
                var (start, stop) = Unquoted(text, keyStart, end);
                segments.Add(builder.AppendVerbatim(text, start, stop - start).Build(RegionKind.DataValue));
            }

            lastContentEnd = end;
            lineStart = lineEnd + 1;
        }

        Close(open, lastContentEnd, records);
        return records;
    }

    private static void Close((int Start, int Indent, List<string> Keys)? record, int end, List<DataRecord> records)
    {
        if (record is { } open && open.Keys.Count > 0)
        {
            records.Add(new DataRecord(open.Start, Math.Max(open.Start + 1, end), string.Empty, open.Keys, null));
        }
    }

    /// <summary>The value without the quotes around it, when it is quoted whole (and without a JSON comma after it).</summary>
    private static (int Start, int End) Unquoted(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        if (end - start >= 3 && text[end - 1] == ',' && text[end - 2] is '"' or '\'')
        {
            end--;
        }

        return end - start >= 2 && text[start] is '"' or '\'' && text[end - 1] == text[start] ? (start + 1, end - 1) : (start, end);
    }
}
