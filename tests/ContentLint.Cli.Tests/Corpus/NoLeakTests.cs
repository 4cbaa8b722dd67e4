using System.Globalization;
using System.Text.RegularExpressions;
using ContentLint.Cli.Commands;

namespace ContentLint.Cli.Tests.Corpus;

/// <summary>
/// CONTRACT §7, "it never leaks what it finds": no output format (nor the baseline file) carries a gold PHI value of the
/// corpus outside file-path fields, while <c>--show-matches</c> does carry them. Failures name positions, never values.
/// </summary>
public sealed partial class NoLeakTests
{
    private const int MinimumLength = 4;
    private const double MinimumShownShare = 0.9;

    [Fact]
    public void No_output_format_contains_a_gold_phi_value_and_show_matches_contains_most_of_them()
    {
        var repositoryRoot = CorpusLocator.FindRepositoryRoot();
        var corpusPath = CorpusLocator.ExpectedCorpusPath(repositoryRoot);
        if (!CorpusLocator.IsCorpus(corpusPath))
        {
            return;
        }

        var data = CorpusData.Load(corpusPath!);
        var staticText = StaticOutputs();
        var failures = new List<string>();
        var checkedOutputs = 0;
        foreach (var site in data.Sites)
        {
            var sitePath = Path.Combine(corpusPath!, "sites", site);
            var gold = GoldText.Read(data, sitePath, site, MinimumLength);
            Assert.NotEmpty(gold);
            var paths = Directory.EnumerateFiles(sitePath, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(sitePath, f).Replace('\\', '/'))
                .OrderByDescending(p => p.Length)
                .ToList();
            foreach (var (name, output) in Outputs(sitePath))
            {
                checkedOutputs++;
                var scanned = WithoutPaths(output, paths);
                var shown = gold.Where(g => scanned.Contains(g.Text, StringComparison.OrdinalIgnoreCase)).ToList();
                if (name.EndsWith("--show-matches", StringComparison.Ordinal))
                {
                    var share = (double)shown.Count / gold.Count;
                    if (share < MinimumShownShare)
                    {
                        failures.Add(string.Create(CultureInfo.InvariantCulture,
                            $"{site} {name}: shows {shown.Count} of {gold.Count} gold values ({share:P0} < {MinimumShownShare:P0}); missing at: {string.Join(", ", gold.Except(shown).Select(g => g.Position))}"));
                    }

                    continue;
                }

                var ownText = staticText.GetValueOrDefault(name, string.Empty);
                var leaked = shown.Where(g => !ownText.Contains(g.Text, StringComparison.OrdinalIgnoreCase)).ToList();
                if (leaked.Count > 0)
                {
                    failures.Add($"{site} {name}: {leaked.Count} gold value(s) leaked, labelled at: {string.Join(", ", leaked.Select(g => g.Position))}");
                }
            }
        }

        // msbuild, json, --json FILE, github, summary, --show-matches, and sarif and the baseline when they exist.
        Assert.True(checkedOutputs >= 2 * 6, string.Create(CultureInfo.InvariantCulture, $"only {checkedOutputs} outputs checked"));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>
    /// What each format prints for an empty repository: the tool's own text (SARIF carries every rule's help and
    /// examples, such as "94 years old"). A gold value found there is no leak of scanned content.
    /// </summary>
    private static Dictionary<string, string> StaticOutputs()
    {
        var root = Path.Combine(Path.GetTempPath(), "contentlint-noleak", Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, ".git"));
            return OutputFormat.Names.ToDictionary(format => $"--format {format}", format => Run(root, "scan", "--format", format, "--fail-on", "never").Output);
        }
        finally
        {
            CorpusScanner.TryDelete(root);
        }
    }

    /// <summary>Every output of a scan of the site (stdout and stderr together), by name.</summary>
    private static List<(string Name, string Output)> Outputs(string sitePath)
    {
        var root = Path.Combine(Path.GetTempPath(), "contentlint-noleak", Guid.NewGuid().ToString("N"));
        var reports = root + "-reports";
        try
        {
            CorpusScanner.CopySite(sitePath, root);
            Directory.CreateDirectory(Path.Combine(root, ".git"));
            Directory.CreateDirectory(reports);
            var results = new List<(string Name, string Output)>();
            foreach (var format in OutputFormat.Names)
            {
                results.Add(($"--format {format}", Run(root, "scan", "--format", format, "--fail-on", "never").Output));
            }

            var jsonFile = Path.Combine(reports, "report.json");
            Run(root, "scan", "--fail-on", "never", "--json", jsonFile);
            results.Add(("--json FILE", File.ReadAllText(jsonFile)));
            if (Run(root, "baseline", "--help").ExitCode == 0)
            {
                var baselineFile = Path.Combine(reports, "baseline");
                var baseline = Run(root, "baseline", "-o", baselineFile);
                results.Add(("baseline output", baseline.Output));
                results.Add(("baseline FILE", File.Exists(baselineFile) ? File.ReadAllText(baselineFile) : ""));
            }

            results.Add(("msbuild --show-matches", Run(root, "scan", "--fail-on", "never", "--show-matches").Output));
            return results;
        }
        finally
        {
            CorpusScanner.TryDelete(root);
            CorpusScanner.TryDelete(reports);
        }
    }

    private static (int ExitCode, string Output) Run(string root, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, stdout, stderr, root);
        return (exitCode, stdout + "\n" + stderr);
    }

    /// <summary>
    /// The output without file-path fields (a file name may legitimately hold a patient's name, and the path is no
    /// secret in the repository) and without keyed fingerprints (long hex runs: by design not the match).
    /// </summary>
    private static string WithoutPaths(string output, IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            output = output.Replace(path, " ", StringComparison.Ordinal);
        }

        return HexRun().Replace(output, " ");
    }

    [GeneratedRegex("[0-9a-fA-F]{16,}")]
    private static partial Regex HexRun();
}
