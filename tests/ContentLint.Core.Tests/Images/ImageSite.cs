using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Images;

/// <summary>A small site in memory: pages and images scanned together through <see cref="ScanRunner"/>.</summary>
internal sealed class ImageSite
{
    private static readonly IReadOnlyList<IDetector> Detectors = DetectorRegistry.CreateAll(RuleCatalog.Default);
    private readonly Dictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _images = new(StringComparer.Ordinal);

    public string ConfigYaml { get; set; } = "staff: [\"Dr. Maria Lopez\"]\nprivacy_reviewers: [\"Maria Lopez\"]\n";

    public ImageSite Page(string path, string text)
    {
        _pages[path] = text;
        return this;
    }

    public ImageSite Image(string path, byte[] bytes)
    {
        _images[path] = bytes;
        return this;
    }

    /// <summary>Scans every page, then every image, with fingerprints on.</summary>
    public ScanReport Scan(bool showMatches = false)
    {
        var config = ConfigLoader.Parse(ConfigYaml, "site.yml", Path.GetTempPath(), RuleCatalog.Default.Ids) with { SourcePath = null };
        var options = new ScanOptions(config, RuleCatalog.Default, showMatches)
        {
            Images = new MemoryImageSource(_images),
            FingerprintKey = new byte[32],
            Today = new DateOnly(2026, 6, 1),
        };
        var scanner = new Scanner(options, Detectors);
        var pages = _pages.Select(p => new SourceFile(p.Key, p.Value)).ToList();
        return ScanRunner.Run(scanner, pages, ScanInput.Readable, [.. _images.Keys.Order(StringComparer.Ordinal)]);
    }

    /// <summary>"path(line,col,endLine,endCol) CODE severity: message" lines, for exact assertions.</summary>
    public static string[] Lines(ScanReport report, Func<Diagnostic, bool>? where = null) =>
        [.. report.Diagnostics.Where(where ?? (_ => true)).Select(d =>
            $"{d.Path}{(d.Range is { } r ? $"({r.StartLine},{r.StartColumn},{r.EndLine},{r.EndColumn})" : string.Empty)} {d.Code} {d.Severity.ToString().ToLowerInvariant()}: {d.Message}")];
}
