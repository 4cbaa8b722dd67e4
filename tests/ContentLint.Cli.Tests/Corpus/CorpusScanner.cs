using System.Text.Json;
using ContentLint.Core.Model;

namespace ContentLint.Cli.Tests.Corpus;

/// <summary>Scans one corpus site as its own repository, in-process, and reads the JSON report.</summary>
internal static class CorpusScanner
{
    private const int SupportedJsonVersion = 1;

    public static SiteScan Scan(string corpusPath, string site)
    {
        var root = Path.Combine(Path.GetTempPath(), "contentlint-corpus", Guid.NewGuid().ToString("N"));
        try
        {
            CopySite(Path.Combine(corpusPath, "sites", site), root);
            Directory.CreateDirectory(Path.Combine(root, ".git"));
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exitCode = CliApp.Run(["scan", "--format", "json", "--fail-on", "never"], stdout, stderr, root);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"scan of {site} exited with {exitCode}: {stderr}");
            }

            return Parse(site, stdout.ToString());
        }
        finally
        {
            TryDelete(root);
        }
    }

    /// <summary>Reads a JSON report (schema of JsonReporter); the paths in it are relative to the site.</summary>
    public static SiteScan Parse(string site, string json)
    {
        using var document = JsonDocument.Parse(json);
        var version = document.RootElement.GetProperty("version").GetInt32();
        if (version != SupportedJsonVersion)
        {
            throw new InvalidDataException($"JSON report version {version}; this harness reads version {SupportedJsonVersion}.");
        }

        var results = new List<ScanResult>();
        var problems = new List<string>();
        foreach (var diagnostic in document.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var ruleId = diagnostic.GetProperty("ruleId").GetString() ?? "";
            var path = diagnostic.GetProperty("path").GetString() ?? "";
            var region = ReadRegion(diagnostic.GetProperty("region"));
            if (ruleId.StartsWith(ToolCodes.Prefix, StringComparison.Ordinal))
            {
                // Tool problems carry no matched text, so their message is safe to show.
                problems.Add($"{site}/{path} {region}: {ruleId} {diagnostic.GetProperty("message").GetString()}");
            }
            else if (!(diagnostic.TryGetProperty("severity", out var severity) && severity.GetString() == "note"))
            {
                // Notes are not reports of PHI: identifiers a valid consent covers are notes (CONTRACT §6).
                results.Add(new ScanResult(site, path, ruleId, region));
            }
        }

        return new SiteScan(results, problems);
    }

    private static ResultRegion? ReadRegion(JsonElement region) => region.ValueKind == JsonValueKind.Null
        ? null
        : new ResultRegion(
            region.GetProperty("startLine").GetInt32(),
            region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(),
            region.GetProperty("endColumn").GetInt32());

    /// <summary>Copies bytes, not text, so BOMs and CRLF line ends reach the scanner as the corpus has them.</summary>
    internal static void CopySite(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllBytes(destination, File.ReadAllBytes(file));
        }
    }

    internal static void TryDelete(string root)
    {
        try
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the evaluation for.
        }
    }
}
