namespace ContentLint.Core.Model;

/// <summary>A parsed file: its front matter, every text segment a reader can see, and what went wrong while parsing.</summary>
public sealed class ContentDocument
{
    private LineIndex? _lines;

    public ContentDocument(SourceFile file, FrontMatter? frontMatter, IReadOnlyList<Segment> segments, IReadOnlyList<ParseProblem> problems)
    {
        File = file;
        FrontMatter = frontMatter;
        Segments = segments;
        Problems = problems;
    }

    public SourceFile File { get; }

    /// <summary>The YAML front matter, or null when the file has none (or it could not be parsed).</summary>
    public FrontMatter? FrontMatter { get; }

    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>The records of a data file or of code (testimonials, reviews, team members), in source order; empty for a page.</summary>
    public IReadOnlyList<DataRecord> Records { get; init; } = [];

    /// <summary>
    /// A plain text file: no page of the site, but published with the repository all the same. Only identifiers
    /// found with high confidence are reported in it (docs/data-and-code.md, "Repository files").
    /// </summary>
    public bool IsRepositoryFile { get; init; }

    /// <summary>Problems found while parsing (malformed front matter, ...): reported, never thrown.</summary>
    public IReadOnlyList<ParseProblem> Problems { get; }

    /// <summary>What the page is (set by the scanner before detection; <see cref="PageProfile.Unknown"/> until then).</summary>
    public PageProfile Profile { get; internal set; } = PageProfile.Unknown;

    /// <summary>
    /// Line and column of offsets, built when a diagnostic first needs one: a page without findings never does. Read
    /// after detection, on the page's one thread (if two threads raced, both would build the same index).
    /// </summary>
    public LineIndex Lines => _lines ??= new LineIndex(File.Text);
}
