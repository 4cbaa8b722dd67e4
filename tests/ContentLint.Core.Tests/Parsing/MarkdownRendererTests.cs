using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>
/// Markdown read as the site's generator renders it (docs/page-profile.md, "Markdown as the generator renders it"):
/// an indented tag after an HTML block and a blank line is HTML to kramdown (Jekyll) and code to CommonMark. Names invented.
/// </summary>
public sealed class MarkdownRendererTests : IDisposable
{
    private const string Page =
        "---\ntitle: Contact\n---\n<div class=\"form\">\n\n" +
        "    <!-- contentlint-disable-next-line PHI001 -- sample -->\n" +
        "    <p>Our patient Wren Calloway loved it.</p>\n" +
        "    <input name=\"who\" placeholder=\"Odalys Penhallow\">\n\n</div>\n";

    private static readonly IReadOnlyList<IDetector> Detectors = DetectorRegistry.CreateAll(RuleCatalog.Default);
    private readonly string _site = Directory.CreateTempSubdirectory("cl-renderer-").FullName;
    private readonly string _otherSite = Directory.CreateTempSubdirectory("cl-renderer-").FullName;

    public void Dispose()
    {
        Directory.Delete(_site, recursive: true);
        Directory.Delete(_otherSite, recursive: true);
    }

    [Fact]
    public void Kramdown_reads_the_indented_lines_of_an_html_block_as_html()
    {
        var document = DocumentParser.Parse(new SourceFile("_posts/contact.md", Page), MarkdownRenderer.Kramdown);

        Assert.Contains(document.Segments, s => s.Kind == RegionKind.Comment && s.Text.Contains("contentlint-disable-next-line", StringComparison.Ordinal));
        Assert.Contains(document.Segments, s => s.Kind == RegionKind.Attribute && s.Name == "placeholder");
        Assert.DoesNotContain(document.Segments, s => s.Kind == RegionKind.CodeBlock);
    }

    [Fact]
    public void CommonMark_reads_them_as_an_indented_code_block()
    {
        var document = DocumentParser.Parse(new SourceFile("content/contact.md", Page));

        var code = Assert.Single(document.Segments, s => s.Kind == RegionKind.CodeBlock);
        Assert.Equal(MarkdownSegmentExtractor.IndentedCodeName, code.Name);
        Assert.DoesNotContain(document.Segments, s => s.Kind == RegionKind.Comment);
    }

    [Fact]
    public void On_a_jekyll_site_the_directive_suppresses_and_on_another_it_is_a_warning()
    {
        File.WriteAllText(Path.Combine(_site, "_config.yml"), "title: x\n");
        var jekyll = Scan(_site);
        var other = Scan(_otherSite);

        Assert.DoesNotContain(jekyll, d => d.Code is "PHI001" or "CL1003");
        var warning = Assert.Single(other, d => d.Code == "CL1003");
        Assert.Equal((Severity.Warning, 6, 5), (warning.Severity, warning.Range!.Value.StartLine, warning.Range.Value.StartColumn));
    }

    private static IReadOnlyList<Diagnostic> Scan(string baseDirectory)
    {
        var config = ConfigLoader.Parse("organization:\n  names: [Bayside Dental]\n", Path.Combine(baseDirectory, ".contentlint.yml"), baseDirectory, RuleCatalog.Default.Ids) with { SourcePath = null };
        return new Scanner(new ScanOptions(config, RuleCatalog.Default), Detectors).Scan(new SourceFile("_posts/contact.md", Page)).Diagnostics;
    }
}
