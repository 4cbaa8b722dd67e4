using ContentLint.Core.Model;
using ContentLint.Core.Parsing.Code;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Parses a source file into a <see cref="ContentDocument"/>: a page (front matter first, then Markdown or HTML), or
/// a data file or code file read into values and records (docs/data-and-code.md).
/// </summary>
public static class DocumentParser
{
    /// <summary>Parses <paramref name="file"/>. Never throws for bad content: problems are listed on the document.</summary>
    /// <param name="file">The file.</param>
    /// <param name="renderer">How the site renders Markdown, where renderers disagree about what is content.</param>
    public static ContentDocument Parse(SourceFile file, MarkdownRenderer renderer = MarkdownRenderer.CommonMark)
    {
        ArgumentNullException.ThrowIfNull(file);
        var format = FileFormats.Of(file.Path);
        if (FileFormats.HoldsRecords(format))
        {
            return ParseDataOrCode(file, format);
        }

        if (format == FileFormat.PlainText)
        {
            // No markup to read: the words as they are, one paragraph (lines up to a blank line) per segment.
            return new ContentDocument(file, null, PlainTextParagraphs(file.Text), []) { IsRepositoryFile = true };
        }

        // Templates (Liquid, Nunjucks, PHP, ...) are pages too: front matter, then HTML around template tags.
        var isHtml = format is FileFormat.Html or FileFormat.Template;
        var segments = new List<Segment>();
        var problems = new List<ParseProblem>();
        var records = new List<DataRecord>();
        var text = file.Text;
        FrontMatter? frontMatter = null;
        var body = text;
        if (FrontMatterReader.Locate(text) is { } block)
        {
            frontMatter = FrontMatterReader.Read(text, block, segments, problems);
            if (frontMatter is null)
            {
                // Unreadable front matter is still published text in some generators: scan its words as they are.
                segments.Add(new SegmentBuilder().AppendVerbatim(text, block.ContentStart, block.ContentEnd - block.ContentStart).Build(RegionKind.Prose));
            }

            body = Blank(text, block.Start, block.End);
        }

        // Shapes that would cost a parser minutes are refused before it sees them, like Markdig's own nesting refusal.
        var refusal = ParserGuards.Check(body, isHtml);
        try
        {
            if (refusal is not null)
            {
                throw new InvalidOperationException(refusal);
            }

            if (format == FileFormat.Template)
            {
                if (TemplateSegmentExtractor.Extract(body, segments) is { } tooLarge)
                {
                    problems.Add(new ParseProblem($"content could not be parsed as HTML ({tooLarge}); scanned as plain text", frontMatter?.End ?? 0));
                }
            }
            else if (isHtml)
            {
                HtmlSegmentExtractor.Extract(body, 0, body.Length, segments);
            }
            else if (file.Path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase))
            {
                // MDX: its JavaScript and component props first, then the Markdown left when they are blanked.
                MarkdownSegmentExtractor.Extract(ComponentMarkupReader.ReadMdx(body, 0, segments, records), segments);
                records.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
            else
            {
                MarkdownSegmentExtractor.Extract(body, segments, renderer);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            // Markdig refuses pathological nesting; still scan the words so nothing slips through.
            problems.Add(new ParseProblem($"content could not be parsed as {(isHtml ? "HTML" : "Markdown")} ({refusal ?? Reason(ex)}); scanned as plain text", 0));
            var start = frontMatter?.End ?? 0;
            segments.RemoveAll(segment => segment.Kind != RegionKind.FrontMatterValue && segment.Map.ToSource(0, 0).Start >= start);
            records.Clear();
            segments.Add(new SegmentBuilder().AppendVerbatim(text, start, text.Length - start).Build(RegionKind.Prose));
        }

        return new ContentDocument(file, frontMatter, segments, problems) { Records = records };
    }

    private static ContentDocument ParseDataOrCode(SourceFile file, FileFormat format)
    {
        var segments = new List<Segment>();
        var problems = new List<ParseProblem>();
        var text = file.Text;
        IReadOnlyList<DataRecord> records = format switch
        {
            FileFormat.Data => DataFileReader.Read(text, file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase), segments, problems),
            FileFormat.Toml => TomlFileReader.Read(text, file.Path, segments, problems),
            FileFormat.CommaSeparated => DelimitedFileReader.Read(text, DelimitedFileReader.CsvDelimiter(text), segments),
            FileFormat.TabSeparated => DelimitedFileReader.Read(text, '\t', segments),
            _ => CodeReader.Read(text, format, segments, problems),
        };
        if (format is FileFormat.Data or FileFormat.Toml)
        {
            HashComments.Add(text, segments);
        }

        return new ContentDocument(file, null, segments, problems) { Records = records };
    }

    /// <summary>Each run of lines up to a blank line as one prose segment, so that a sentence never spans two paragraphs.</summary>
    private static List<Segment> PlainTextParagraphs(string text)
    {
        var segments = new List<Segment>();
        var paragraphStart = -1;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart) is var newline and >= 0 ? newline : text.Length;
            var blank = text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace();
            if (!blank && paragraphStart < 0)
            {
                paragraphStart = lineStart;
            }
            else if (blank && paragraphStart >= 0)
            {
                segments.Add(new SegmentBuilder().AppendVerbatim(text, paragraphStart, lineStart - paragraphStart).Build(RegionKind.Prose));
                paragraphStart = -1;
            }

            lineStart = lineEnd + 1;
        }

        if (paragraphStart >= 0)
        {
            segments.Add(new SegmentBuilder().AppendVerbatim(text, paragraphStart, text.Length - paragraphStart).Build(RegionKind.Prose));
        }

        return segments;
    }

    private static string Reason(Exception ex) =>
        ex.Message.Contains("deeply nested", StringComparison.Ordinal) ? ParserGuards.TooDeep : ex.GetType().Name;

    /// <summary>Replaces the front matter by spaces (line breaks kept) so the body parser sees the same offsets.</summary>
    private static string Blank(string text, int start, int end) => string.Create(text.Length, (text, start, end), static (span, state) =>
    {
        state.text.AsSpan().CopyTo(span);
        for (var i = state.start; i < state.end; i++)
        {
            if (span[i] is not ('\r' or '\n'))
            {
                span[i] = ' ';
            }
        }
    });
}
