using System.Diagnostics;
using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.Pathological;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>
/// A page whose whole body is one run of inline markup becomes one segment of up to 1 MB: it still costs under 2 s,
/// and the SSN planted at its end, which joins that run, is found where it is. A page past the tag limit
/// (docs/limits.md) is still scanned as plain text.
/// </summary>
[Collection(PathologicalGroup.Name)]
public sealed class InlineMarkupCostTests
{
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(2);

    private static readonly PathologicalFile[] Corpus =
    [
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

    public static TheoryData<string> Files() => [.. Corpus.Select(file => file.ToString())];

    [Theory]
    [MemberData(nameof(Files))]
    public void One_run_of_inline_markup_filling_the_page_is_scanned_in_bounded_time(string name)
    {
        var file = Corpus.Single(candidate => candidate.ToString() == name);
        var text = file.Text();
        var catalog = RuleCatalog.Default;
        var scanner = new Scanner(new ScanOptions(ContentLintConfig.Default(Path.GetTempPath()), catalog), DetectorRegistry.CreateAll(catalog));
        scanner.Scan(new SourceFile("warm.html", "<p>Mr. John <b>Smith</b>, 207-555-0199</p>"));
        var clock = Stopwatch.StartNew();

        var result = scanner.Scan(new SourceFile(file.Path, text));

        clock.Stop();
        Assert.True(clock.Elapsed < MaxTime, $"{file} took {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ToolCodes.InternalError);
        Assert.Equal(file.FallsBack, result.Diagnostics.Any(d => d.Code == ToolCodes.ParsedPartially));
        var line = text.Count(c => c == '\n');
        Assert.Contains(result.Diagnostics, d => d.Code == "PHI007" && d.Range == new SourceRange(line, 5, line, 5 + PathologicalFile.PlantedSsn.Length));
    }
}
