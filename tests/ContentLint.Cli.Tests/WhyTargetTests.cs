using ContentLint.Cli.Commands;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Tests;

public sealed class WhyTargetTests
{
    [Theory]
    [InlineData("content/a.md", "content/a.md", null)]
    [InlineData("content/a.md:12", "content/a.md", 12)]
    [InlineData("C:\\site\\a.md", "C:\\site\\a.md", null)]
    [InlineData("C:\\site\\a.md:3", "C:\\site\\a.md", 3)]
    [InlineData("notes:draft.md", "notes:draft.md", null)]
    public void File_and_line_are_split_at_the_last_colon_followed_by_a_number(string argument, string path, int? line)
    {
        Assert.Equal(new WhyTarget(path, line), WhyTarget.Parse(argument, _ => false));
    }

    [Fact]
    public void A_file_whose_own_name_ends_in_a_colon_and_digits_is_taken_whole_when_it_exists()
    {
        Assert.Equal(new WhyTarget("log:2024", null), WhyTarget.Parse("log:2024", p => p == "log:2024"));
    }

    [Theory]
    [InlineData("a.md:0")]
    [InlineData("a.md:abc")]
    [InlineData("a.md:99999999999")]
    public void A_line_that_is_not_a_positive_number_is_a_usage_error(string argument)
    {
        Assert.Throws<UsageException>(() => WhyTarget.Parse(argument, _ => false));
    }

    [Fact]
    public void A_finding_without_a_reason_is_explained_by_its_rule()
    {
        var finding = new Diagnostic("PHI004", Severity.Error, "a.md", new SourceRange(1, 1, 1, 5), "m") { Confidence = Confidence.High };
        var why = new WhyExplanation(new FileScanResult("a.md", [finding]), Line: null, Selected: true, LineCount: 1, RuleCatalog.Default);

        Assert.Equal("Possible telephone number in patient context (the rule's own; no narrower reason recorded)", why.Reason(finding));
        Assert.Equal("telephone cue", why.Reason(finding with { Reason = "telephone cue" }));
    }
}
