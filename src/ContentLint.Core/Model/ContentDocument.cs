namespace ContentLint.Core.Model;

/// <summary>A parsed file: its front matter, every text segment a reader can see, and what went wrong while parsing.</summary>
public sealed class ContentDocument
{
    public ContentDocument(SourceFile file, FrontMatter? frontMatter, IReadOnlyList<Segment> segments, IReadOnlyList<ParseProblem> problems)
    {
        File = file;
        FrontMatter = frontMatter;
        Segments = segments;
        Problems = problems;
        Lines = new LineIndex(file.Text);
    }

    public SourceFile File { get; }

    /// <summary>The YAML front matter, or null when the file has none (or it could not be parsed).</summary>
    public FrontMatter? FrontMatter { get; }

    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>Problems found while parsing (malformed front matter, ...): reported, never thrown.</summary>
    public IReadOnlyList<ParseProblem> Problems { get; }

    public LineIndex Lines { get; }
}
