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
        // The keys above the current line, for key paths, each with what its first child line was (a list item or a key).
        var parents = new List<(int Indent, string Key, Child First)>();
        (int Start, int Indent, List<string> Keys)? open = null;
        (string Path, int Indent)? block = null;
        (string Path, char Quote)? quoted = null;
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

            if (quoted is { } openQuote)
            {
                // A quoted value that runs over lines (as Hugo's and Jekyll's readers take it): up to its closing quote.
                var close = ClosingQuote(text, indent, end, openQuote.Quote);
                segments.Add(MarkupInValues.BlankTags(builder.AppendVerbatim(text, indent, (close < 0 ? end : close) - indent).Build(RegionKind.DataValue, openQuote.Path)));
                quoted = close < 0 ? quoted : null;
                lastContentEnd = end;
                lineStart = lineEnd + 1;
                continue;
            }

            if (block is { } scalar && depth > scalar.Indent)
            {
                segments.Add(MarkupInValues.BlankTags(builder.AppendVerbatim(text, indent, end - indent).Build(RegionKind.DataValue, scalar.Path)));
                lastContentEnd = end;
                lineStart = lineEnd + 1;
                continue;
            }

            block = null;
            var keyStart = indent;
            var isItem = text[keyStart] == '-' && keyStart + 1 < end && text[keyStart + 1] == ' ';
            if (isItem)
            {
                keyStart += 2;
                while (keyStart < end && text[keyStart] == ' ')
                {
                    keyStart++;
                }
            }

            var keyIndent = keyStart - lineStart;
            // A list item at the record's own level starts the next record; one deeper (a record's list of
            // treatments) belongs to the record; a line at or left of the record's dash ends it.
            // A list item deeper than the record's dash is the record's own list only under one of its keys that
            // opened a list (`treatments:`); otherwise it is the next record, indented unevenly (which is what made
            // YamlDotNet refuse the file).
            if (open is { } record
                && (depth <= record.Indent
                    || (isItem && !parents.Any(parent => parent.Indent >= record.Indent + 2 && parent.Indent <= depth && parent.First != Child.Key))))
            {
                Close(open, lastContentEnd, records);
                open = null;
            }

            if (isItem && open is null)
            {
                open = (indent, depth, []);
            }

            parents.RemoveAll(parent => parent.Indent >= (isItem ? depth + 1 : keyIndent));
            if (parents.Count > 0 && parents[^1].First == Child.None)
            {
                parents[^1] = parents[^1] with { First = isItem ? Child.Item : Child.Key };
            }

            var parentPath = string.Join('.', parents.Select(parent => parent.Key));
            var colon = KeyColon(text, keyStart, end);
            if (colon > 0)
            {
                var key = text.Substring(keyStart, colon - keyStart).Trim().Trim('"', '\'');
                var path = parentPath.Length == 0 ? key : $"{parentPath}.{key}";
                if (open is { } current && keyIndent == current.Indent + 2)
                {
                    current.Keys.Add(key); // the record's own keys, not those of what it holds
                }

                var valueStart = colon + 1;
                while (valueStart < end && text[valueStart] == ' ')
                {
                    valueStart++;
                }

                var (start, stop) = Unquoted(text, valueStart, end);
                if (stop == start)
                {
                    parents.Add((keyIndent, key, Child.None)); // a mapping or a list follows
                }
                else if ((stop - start == 1 && text[start] is '|' or '>') || (stop - start == 2 && text[start] is '|' or '>' && text[start + 1] is '-' or '+'))
                {
                    block = (path, depth);
                }
                else if (text[valueStart] is '"' or '\'' && start == valueStart && ClosingQuote(text, valueStart + 1, end, text[valueStart]) < 0)
                {
                    segments.Add(MarkupInValues.BlankTags(builder.AppendVerbatim(text, valueStart + 1, end - valueStart - 1).Build(RegionKind.DataValue, path)));
                    quoted = (path, text[valueStart]);
                }
                else
                {
                    segments.Add(MarkupInValues.BlankTags(builder.AppendVerbatim(text, start, stop - start).Build(RegionKind.DataValue, path)));
                }
            }
            else if (keyStart < end)
            {
                var (start, stop) = Unquoted(text, keyStart, end);
                segments.Add(builder.AppendVerbatim(text, start, stop - start).Build(RegionKind.DataValue, parentPath.Length == 0 ? null : parentPath));
            }

            lastContentEnd = end;
            lineStart = lineEnd + 1;
        }

        Close(open, lastContentEnd, records);
        return records;
    }

    /// <summary>True for a key path under a <c>consent</c> key ("[2].consent.status", "consent.scope[0]").</summary>
    public static bool IsConsentPath(string? path) =>
        path is not null && path.Split('.').Any(part => part.Split('[')[0].Equals("consent", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The offset of the quote that closes a value quoted with <paramref name="quote"/> in [<paramref name="start"/>,
    /// <paramref name="end"/>), or -1: <c>\"</c> escapes a double quote, <c>''</c> a single one.
    /// </summary>
    private static int ClosingQuote(string text, int start, int end, char quote)
    {
        for (var i = start; i < end; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (quote == '\'' && i + 1 < end && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    /// <summary>The colon that ends a key (followed by a space or the line's end), or -1 for a plain value.</summary>
    private static int KeyColon(string text, int start, int end)
    {
        if (start < end && text[start] is '"' or '\'')
        {
            var closing = text.IndexOf(text[start], start + 1, end - start - 1);
            start = closing < 0 || closing >= end ? end : closing;
        }

        for (var i = start; i < end; i++)
        {
            if (text[i] == ':' && (i + 1 == end || text[i + 1] is ' ' or '\t'))
            {
                return i;
            }
        }

        return -1;
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

    /// <summary>What the first line under a key was: it tells a list (<c>- item</c>) from a mapping (<c>key: value</c>).</summary>
    private enum Child
    {
        None,
        Item,
        Key,
    }
}
