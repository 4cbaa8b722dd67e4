using System.Diagnostics;
using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Pathological;

/// <summary>
/// Issue 17, item 8: no single file of up to 1 MB may cost more than 2 s or 300 MB, whatever its shape; the shapes
/// here each took seconds to minutes before. Each is a real scan through <see cref="Scanner"/>, and the SSN planted
/// after the pathological text must still be reported at its position.
/// </summary>
[Collection(PathologicalGroup.Name)]
public sealed class PathologicalFileTests
{
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(2);
    private const long MaxAllocatedBytes = 300L << 20;

    private static readonly Lazy<Scanner> SharedScanner = new(() =>
    {
        var catalog = RuleCatalog.Default;
        var scanner = new Scanner(new ScanOptions(ContentLintConfig.Default(System.IO.Path.GetTempPath()), catalog), DetectorRegistry.CreateAll(catalog));
        // Word lists, regexes and JIT are built by the first pages, not by the page being timed.
        scanner.Scan(new SourceFile("warm.md", "# Hi\n\nMr. John Smith, 207-555-0199, <div>x</div> [a](b) *c*\n"));
        scanner.Scan(new SourceFile("warm.html", "<p>Mr. John Smith, 207-555-0199</p>"));
        return scanner;
    });

    /// <summary>Each file by its name, so that the runner lists (and can filter) every shape as a test of its own.</summary>
    public static TheoryData<string> Files() => [.. Corpus.Select(file => file.ToString())];

    private static readonly PathologicalFile[] Corpus =
    [
        // The reproductions.
        new("div-in-markdown", ".md", "", "<div>", FallsBack: true, Size: 500_000),
        new("div-lines-in-markdown", ".md", "", "<div>\n", FallsBack: true),
        new("unmatched-close-tags", ".html", "", "<div></x>", FallsBack: true, Size: 900_000),
        new("link-openers", ".md", "", "[a](", FallsBack: true),
        new("list-3000-deep", ".md", "", "- ", FallsBack: true, Size: 6_000),
        new("list-one-line-deep", ".md", "", "- ", FallsBack: true),
        new("mr-paragraph", ".md", "", "Mr. ", FallsBack: false),
        // Other shapes of the same kinds.
        new("image-openers", ".md", "", "![a](", FallsBack: true),
        new("link-openers-with-title", ".md", "", "[a](b \"", FallsBack: true),
        new("ordered-list-deep", ".md", "", "1. ", FallsBack: true),
        new("indented-list-deep", ".md", "", "- a", FallsBack: true, Indented: true),
        new("blockquote-deep", ".md", "", "> ", FallsBack: true),
        new("blockquote-tight", ".md", "", ">", FallsBack: true),
        new("emphasis-openers", ".md", "", "*a", FallsBack: true),
        new("strong-openers", ".md", "", "**a", FallsBack: true),
        new("strikethrough-openers", ".md", "", "~~a", FallsBack: true),
        new("superscript-openers", ".md", "", "^a", FallsBack: true),
        new("inserted-openers", ".md", "", "++a", FallsBack: true),
        new("marked-openers", ".md", "", "==a", FallsBack: true),
        new("footnote-references", ".md", "", "[^a]", FallsBack: true),
        new("reference-openers", ".md", "", "[a][", FallsBack: true),
        new("reference-definitions", ".md", "", "[a]: /b\n", FallsBack: true),
        new("unclosed-comments", ".md", "", "<!--", FallsBack: false),
        new("names-paragraph", ".md", "", "Mr. John Smith ", FallsBack: false),
        new("pipe-table", ".md", "|a|b|\n|-|-|\n", "|x|y|\n", FallsBack: true),
        new("small-pipe-table", ".md", "|a|b|\n|-|-|\n", "|x|y|\n", FallsBack: false, Size: 180_000),
        new("one-long-line", ".md", "", "word ", FallsBack: false),
        new("definition-list", ".md", "", "a\n: b\n", FallsBack: true),
        new("one-letter-paragraphs", ".md", "", "a\n\n", FallsBack: true),
        new("one-letter-list-items", ".md", "", "- a\n", FallsBack: true),
        new("paragraph-elements", ".html", "", "<p>a", FallsBack: true),
        new("small-paragraph-elements", ".html", "", "<p>a", FallsBack: false, Size: 300_000),
        new("grid-table", ".md", "+-+\n", "|a|\n+-+\n", FallsBack: true),
        new("links-paragraph", ".md", "", "[a](b) ", FallsBack: false),
        new("phones-paragraph", ".md", "", "207-555-0199 ", FallsBack: false),
        new("ssns-paragraph", ".md", "", "555-12-3456 ", FallsBack: false),
        new("backslashes", ".md", "", "\\", FallsBack: false),
        new("code-spans", ".md", "", "`a", FallsBack: false),
        new("div-nesting", ".html", "", "<div>", FallsBack: true),
        new("formatting-nesting", ".html", "", "<b>", FallsBack: true),
        new("open-angles", ".html", "", "<", FallsBack: true),
        new("open-angles-in-markdown", ".md", "<div>\n", "<", FallsBack: true),
        new("unclosed-html-comments", ".html", "", "<!--", FallsBack: false),
        new("table-rows", ".html", "<table>", "<tr><td>", FallsBack: true),
        new("small-table-rows", ".html", "<table>", "<tr><td>", FallsBack: false, Size: 400_000),
        // One run of inline markup filling the page is one segment of up to 1 MB (docs/text-normalization.md).
        new("inline-spans", ".html", "", "<span>Mr. </span>", FallsBack: false),
        new("inline-names", ".html", "", "Mr. <b>John</b> Smith ", FallsBack: false),
        new("inline-word-breaks", ".html", "", "a<wbr>", FallsBack: false, Size: 590_000),
        new("too-many-word-breaks", ".html", "", "a<wbr>", FallsBack: true),
        new("inline-comments", ".html", "", "a<!---->", FallsBack: false),
        new("inline-unknown-elements", ".html", "", "<x-a>a</x-a>", FallsBack: false),
        new("inline-links", ".html", "", "<a href=\"/a\">Ann</a> ", FallsBack: false),
        new("inline-split-ssns", ".html", "", "555-12<wbr>-3456 ", FallsBack: false),
        new("inline-split-ssns-in-markdown", ".md", "", "555-12<wbr>-3456 ", FallsBack: false),
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void A_pathological_file_is_scanned_in_bounded_time_and_memory_and_the_planted_ssn_is_still_found(string name)
    {
        var file = Corpus.Single(candidate => candidate.ToString() == name);
        var text = file.Text();
        var scanner = SharedScanner.Value;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var result = scanner.Scan(new SourceFile(file.Path, text));

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(clock.Elapsed < MaxTime, $"{file} took {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.True(allocated < MaxAllocatedBytes, $"{file} allocated {allocated >> 20} MB");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ToolCodes.InternalError);
        // The SSN is on the last line: its number is the count of line breaks before it, plus one.
        var line = text.Count(c => c == '\n');
        Assert.Contains(result.Diagnostics, d => d.Code == "PHI007" && d.Range == new SourceRange(line, 5, line, 5 + PathologicalFile.PlantedSsn.Length));
        Assert.Equal(file.FallsBack, result.Diagnostics.Any(d => d.Code == ToolCodes.ParsedPartially && d.Message.Contains("scanned as plain text", StringComparison.Ordinal)));
    }
}
