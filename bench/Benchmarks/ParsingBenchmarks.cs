using BenchmarkDotNet.Attributes;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;

namespace ContentLint.Bench;

/// <summary>Parsing one MB into segments (Markdig or AngleSharp, then source maps): the time shown is per MB.</summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private SourceFile _markdown = null!;
    private SourceFile _html = null!;

    [GlobalSetup]
    public void Setup()
    {
        _markdown = BenchInputs.Markdown();
        _html = BenchInputs.Html();
    }

    [Benchmark]
    public int MarkdownPerMB() => DocumentParser.Parse(_markdown).Segments.Count;

    [Benchmark]
    public int HtmlPerMB() => DocumentParser.Parse(_html).Segments.Count;
}
