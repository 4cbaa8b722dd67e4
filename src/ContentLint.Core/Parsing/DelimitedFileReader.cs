using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Reads a CSV or TSV file (a review export, a patient list committed by mistake) as RFC 4180 records: the first row
/// names the columns, each later row is a <see cref="DataRecord"/>, and each cell a <see cref="RegionKind.DataValue"/>
/// segment named <c>[row].column</c>, so a value is read in the light of its column (<c>name</c>, <c>dob</c>).
/// Written by hand rather than with a CSV library because every cell needs its exact source range, quotes and
/// doubled quotes included, which the readers served here do not give.
/// </summary>
internal static class DelimitedFileReader
{
    public static IReadOnlyList<DataRecord> Read(string text, char delimiter, List<Segment> segments)
    {
        var records = new List<DataRecord>();
        var position = 0;
        List<string>? header = null;
        var row = 0;
        var cells = new List<(int Start, int End, string Value, bool Quoted)>();
        var builder = SegmentBuilder.Scratch;
        while (position < text.Length)
        {
            var rowStart = position;
            position = ReadRow(text, position, delimiter, cells);
            if (header is null)
            {
                header = [.. cells.Select(cell => cell.Value.Trim())];
                continue;
            }

            if (cells.Count == 1 && cells[0].Value.Length == 0)
            {
                continue; // a blank line
            }

            var path = $"[{row}]";
            for (var i = 0; i < cells.Count; i++)
            {
                var (start, end, value, quoted) = cells[i];
                if (value.Trim().Length > 0)
                {
                    var column = i < header.Count && header[i].Length > 0 ? header[i] : $"column{i + 1}";
                    if (quoted)
                    {
                        AppendQuotedCell(builder, text, start, end);
                    }
                    else
                    {
                        builder.AppendVerbatim(text, start, end - start);
                    }

                    segments.Add(MarkupInValues.BlankTags(builder.Build(RegionKind.DataValue, $"{path}.{column}")));
                }
            }

            records.Add(new DataRecord(rowStart, TrimLineEnd(text, rowStart, position), path, header, null));
            row++;
        }

        return records;
    }

    /// <summary>Appends a cell's source, each doubled quote of a quoted cell as the one quote it stands for.</summary>
    private static void AppendQuotedCell(SegmentBuilder builder, string text, int start, int end)
    {
        var position = start;
        for (var quote = text.IndexOf("\"\"", position, end - position, StringComparison.Ordinal); quote >= 0;
             quote = position < end ? text.IndexOf("\"\"", position, end - position, StringComparison.Ordinal) : -1)
        {
            builder.AppendVerbatim(text, position, quote - position);
            builder.AppendDecoded("\"", quote, quote + 2);
            position = quote + 2;
        }

        builder.AppendVerbatim(text, position, end - position);
    }

    /// <summary>The delimiter of a <c>.csv</c> file: a comma, unless its first line has more semicolons (spreadsheets in many locales write those).</summary>
    public static char CsvDelimiter(string text)
    {
        var lineEnd = text.AsSpan().IndexOfAny('\r', '\n');
        var firstLine = lineEnd < 0 ? text.AsSpan() : text.AsSpan(0, lineEnd);
        return firstLine.Count(';') > firstLine.Count(',') ? ';' : ',';
    }

    /// <summary>Reads one row from <paramref name="position"/>; returns the offset after its line break.</summary>
    private static int ReadRow(string text, int position, char delimiter, List<(int Start, int End, string Value, bool Quoted)> cells)
    {
        cells.Clear();
        while (true)
        {
            int start, end;
            string value;
            var quoted = false;
            if (position < text.Length && text[position] == '"')
            {
                // A quoted cell runs to the next lone quote; "" inside is one quote. Line breaks inside are the cell's.
                quoted = true;
                start = position + 1;
                var closing = start;
                var doubled = false;
                while (closing < text.Length && !(text[closing] == '"' && (closing + 1 >= text.Length || text[closing + 1] != '"')))
                {
                    if (text[closing] == '"')
                    {
                        doubled = true;
                        closing++;
                    }

                    closing++;
                }

                end = Math.Min(closing, text.Length);
                value = doubled ? text[start..end].Replace("\"\"", "\"", StringComparison.Ordinal) : text[start..end];
                position = Math.Min(text.Length, end + 1);
                // Anything between the closing quote and the delimiter is malformed; it is skipped, not read.
                while (position < text.Length && text[position] != delimiter && text[position] is not ('\r' or '\n'))
                {
                    position++;
                }
            }
            else
            {
                start = position;
                while (position < text.Length && text[position] != delimiter && text[position] is not ('\r' or '\n'))
                {
                    position++;
                }

                end = position;
                value = text[start..end];
            }

            cells.Add((start, end, value, quoted));
            if (position >= text.Length)
            {
                return position;
            }

            if (text[position] == delimiter)
            {
                position++;
                continue;
            }

            // A line break ends the row.
            if (text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n')
            {
                position++;
            }

            return position + 1;
        }
    }

    private static int TrimLineEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] is '\r' or '\n')
        {
            end--;
        }

        return end;
    }
}
