using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>One snippet scanned through the whole pipeline, and the check that a planted value is found where it stands.</summary>
internal static class SnippetScan
{
    private static readonly byte[] Key = [.. Enumerable.Range(7, 32).Select(i => (byte)i)];

    /// <summary>Every diagnostic of <paramref name="text"/> scanned as the file <paramref name="path"/>.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(string path, string text, ContentLintConfig? config = null)
    {
        var catalog = RuleCatalog.Default;
        var options = new ScanOptions(config ?? ContentLintConfig.Default(Path.GetTempPath()), catalog) { FingerprintKey = Key };
        return new Scanner(options, DetectorRegistry.CreateAll(catalog)).Scan(new SourceFile(path, text)).Diagnostics;
    }

    /// <summary>The rule findings among <see cref="Diagnostics"/>.</summary>
    public static List<Diagnostic> Findings(string path, string text, ContentLintConfig? config = null) =>
        [.. Diagnostics(path, text, config).Where(d => d.IsFinding)];

    /// <summary>Exactly one <paramref name="rule"/> finding, at the span <paramref name="marked"/> plants between « and ».</summary>
    public static void AssertFoundAtPlantedSpan(string path, string marked, string rule)
    {
        var planted = PlantedValue.Parse(marked);

        var findings = Findings(path, planted.Source).Where(d => d.Code == rule).ToList();

        var expected = new SourceRange(planted.StartLine, planted.StartColumn, planted.EndLine, planted.EndColumn);
        Assert.True(findings.Count == 1, $"expected one {rule} finding at {expected}, got: {string.Join(", ", findings.Select(d => d.Range))}");
        Assert.Equal(expected, findings[0].Range);
    }
}
