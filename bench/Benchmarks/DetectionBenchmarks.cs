using BenchmarkDotNet.Attributes;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using ContentLint.Core.Rules;

namespace ContentLint.Bench;

/// <summary>Each detector over one parsed MB of Markdown: the time shown is per MB and detector.</summary>
[MemoryDiagnoser]
public class DetectionBenchmarks
{
    private ContentDocument _document = null!;
    private IDetector _detector = null!;

    public static IEnumerable<string> DetectorNames => DetectorRegistry.CreateAll(RuleCatalog.Default).Select(d => d.GetType().Name);

    [ParamsSource(nameof(DetectorNames))]
    public string Detector { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _document = DocumentParser.Parse(BenchInputs.Markdown());
        _detector = DetectorRegistry.CreateAll(RuleCatalog.Default).Single(d => d.GetType().Name == Detector);
    }

    [Benchmark]
    public int DetectPerMB()
    {
        var candidates = new List<Candidate>();
        _detector.Detect(_document, candidates);
        return candidates.Count;
    }
}
