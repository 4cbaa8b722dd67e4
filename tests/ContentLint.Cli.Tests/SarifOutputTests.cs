using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContentLint.Cli.Tests;

public sealed class SarifOutputTests
{
    private const string Story = "---\ntitle: My story\n---\n\nText me at 207-555-0147 or kim@mailbox.example.\n";

    [Fact]
    public void Findings_become_results_with_rule_uri_region_level_and_a_keyed_fingerprint()
    {
        using var repo = new TempRepository();
        repo.Write("content/story.md", Story);

        var run = repo.Run("scan", "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Out);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var sarifRun = root.GetProperty("runs")[0];
        var phone = sarifRun.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PHI004");
        Assert.Equal("error", phone.GetProperty("level").GetString());
        Assert.Equal("Possible telephone number in patient context: ***-***-****", phone.GetProperty("message").GetProperty("text").GetString());
        var location = phone.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("content/story.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal([5, 12, 5, 24], new[] { "startLine", "startColumn", "endLine", "endColumn" }.Select(p => region.GetProperty(p).GetInt32()));
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal("PHI004", rules[phone.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        var fingerprint = phone.GetProperty("partialFingerprints").GetProperty("contentlint/v1").GetString()!;
        Assert.Matches("^[0-9a-f]{64}$", fingerprint);
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("207-555-0147"))), fingerprint);
        // The number's digits, not its last four alone: those turn up by chance in a random key's hex fingerprints.
        Assert.DoesNotContain("555-0147", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("5550147", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("kim@", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_level_consent_finding_has_a_line_1_region()
    {
        using var repo = new TempRepository();
        repo.Write("content/story.md", Story);

        using var sarif = JsonDocument.Parse(repo.Run("scan", "--format", "sarif").Out);

        var consent = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "CON001");
        var region = consent.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(1, region.GetProperty("startLine").GetInt32());
        Assert.Equal(1, region.GetProperty("startColumn").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", consent.GetProperty("partialFingerprints").GetProperty("contentlint/v1").GetString());
    }

    [Fact]
    public void Driver_lists_every_catalog_rule_with_descriptions_help_and_default_level()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", "Nothing here.\n");

        var run = repo.Run("scan", "--format", "sarif");

        Assert.Equal(0, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Out);
        var driver = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("ContentLint", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Core.Rules.RuleCatalog.Default.Rules.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var phone = rules.Single(r => r.GetProperty("id").GetString() == "PHI004");
        Assert.Equal("TelephoneNumber", phone.GetProperty("name").GetString());
        Assert.Equal("https://github.com/contentlint/contentlint/blob/main/rules/README.md#phi004", phone.GetProperty("helpUri").GetString());
        Assert.Equal("error", phone.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.False(string.IsNullOrWhiteSpace(phone.GetProperty("shortDescription").GetProperty("text").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(phone.GetProperty("fullDescription").GetProperty("text").GetString()));
        Assert.Contains("## How to fix", phone.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(0, invocation.GetProperty("exitCode").GetInt32());
        Assert.Empty(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void Tool_diagnostics_are_notifications_not_results()
    {
        using var repo = new TempRepository();
        repo.WriteBytes("content/binary.md", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE]);

        using var sarif = JsonDocument.Parse(repo.Run("scan", "--format", "sarif").Out);

        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Empty(run.GetProperty("results").EnumerateArray());
        var notification = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
        Assert.Equal("CL1001", notification.GetProperty("descriptor").GetProperty("id").GetString());
        Assert.Equal("warning", notification.GetProperty("level").GetString());
        Assert.Equal("content/binary.md", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Sarif_option_also_writes_the_file_and_records_the_exit_code_of_fail_on()
    {
        using var repo = new TempRepository();
        repo.Write("content/story.md", Story);

        var run = repo.Run("scan", "--sarif", "out/report.sarif", "--fail-on", "never");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("error PHI004", run.Out, StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(repo.Root, "out/report.sarif")));
        var sarifRun = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(0, sarifRun.GetProperty("invocations")[0].GetProperty("exitCode").GetInt32());
        Assert.Equal(3, sarifRun.GetProperty("results").GetArrayLength());
        Assert.StartsWith("file:///", sarifRun.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprints_survive_lines_inserted_above_and_differ_between_repositories_with_different_keys()
    {
        using var repo = new TempRepository();
        using var other = new TempRepository();
        Assert.Equal(0, repo.Run("init").ExitCode);
        Assert.Equal(0, other.Run("init").ExitCode);
        repo.Write("content/story.md", Story);
        other.Write("content/story.md", Story);

        var before = Fingerprints(repo.Run("scan", "--format", "sarif").Out);
        repo.Write("content/story.md", Story.Replace("\n\nText", "\n\nA new first paragraph.\n\nAnd another.\n\nText", StringComparison.Ordinal));
        var after = Fingerprints(repo.Run("scan", "--format", "sarif").Out);
        var elsewhere = Fingerprints(other.Run("scan", "--format", "sarif").Out);

        Assert.Equal(before["PHI004"], after["PHI004"]);
        Assert.Equal(before["PHI006"], after["PHI006"]);
        Assert.NotEqual(before["PHI004"], elsewhere["PHI004"]);
    }

    [Fact]
    public void Init_writes_the_fingerprint_key_once_and_force_keeps_it()
    {
        using var repo = new TempRepository();

        var first = repo.Run("init");
        var key = File.ReadAllText(Path.Combine(repo.Root, ".contentlint/fingerprint.key"));
        var forced = repo.Run("init", "--force");

        Assert.Contains(".contentlint/fingerprint.key", first.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("fingerprint.key", forced.Out, StringComparison.Ordinal);
        Assert.Equal(key, File.ReadAllText(Path.Combine(repo.Root, ".contentlint/fingerprint.key")));
    }

    [Fact]
    public void A_malformed_key_file_exits_2_naming_the_file()
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint/fingerprint.key", "definitely not a key");
        repo.Write("a.md", "Nothing here.\n");

        var run = repo.Run("scan");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fingerprint.key: fingerprint key is not valid base64", run.Error, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fingerprints(string sarifText)
    {
        using var sarif = JsonDocument.Parse(sarifText);
        return sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("partialFingerprints", out _))
            .ToDictionary(r => r.GetProperty("ruleId").GetString()!, r => r.GetProperty("partialFingerprints").GetProperty("contentlint/v1").GetString()!);
    }
}
