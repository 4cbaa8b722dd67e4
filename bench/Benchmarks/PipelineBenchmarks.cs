using BenchmarkDotNet.Attributes;
using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Bench;

/// <summary>
/// The whole per-file pipeline (parse, detect, filter, consent, messages) on one MB, and the one-time set-up every
/// process pays before its first file: building the detectors (dictionaries, cue lists, regexes).
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private Scanner _scanner = null!;
    private SourceFile _markdown = null!;
    private SourceFile _html = null!;

    [GlobalSetup]
    public void Setup()
    {
        var config = ContentLintConfig.Default(Path.GetTempPath());
        _scanner = new Scanner(new ScanOptions(config, RuleCatalog.Default), DetectorRegistry.CreateAll(RuleCatalog.Default));
        _markdown = BenchInputs.Markdown();
        _html = BenchInputs.Html();
    }

    [Benchmark]
    public int ScanMarkdownPerMB() => _scanner.Scan(_markdown).Diagnostics.Count;

    [Benchmark]
    public int ScanHtmlPerMB() => _scanner.Scan(_html).Diagnostics.Count;

    [Benchmark]
    public int CreateDetectors() => DetectorRegistry.CreateAll(RuleCatalog.Parse(RuleCatalogText)).Count;

    private static readonly string RuleCatalogText = ReadCatalog();

    private static string ReadCatalog()
    {
        using var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream("ContentLint.rules.catalog.yml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
