using System.Text.Json;

namespace ContentLint.Cli.Tests.Reporting;

public sealed class JsonFileOptionTests
{
    [Fact]
    public void Json_option_writes_the_json_report_to_a_file_beside_the_chosen_stdout_format()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", "Reach me at kim@mailbox.example\n");

        var run = repo.Run("scan", "--format", "github", "--json", "reports/contentlint.json");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::", run.Lines[0], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(repo.Root, "reports", "contentlint.json")));
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var rules = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("ruleId").GetString()).ToList();
        Assert.Equal(["CON001", "PHI006"], rules.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Json_file_that_cannot_be_written_is_exit_code_2_with_a_one_line_message()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", "Hello\n");
        repo.Write("taken", "a file, not a folder\n");

        var run = repo.Run("scan", "--json", "taken/report.json");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("contentlint: error: ", run.Error, StringComparison.Ordinal);
    }
}
