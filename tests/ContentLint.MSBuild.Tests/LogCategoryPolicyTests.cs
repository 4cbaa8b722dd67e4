using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;

namespace ContentLint.MSBuild.Tests;

public sealed class LogCategoryPolicyTests
{
    [Theory]
    [InlineData(Severity.Error, FailOn.Error, LogCategory.Error)]
    [InlineData(Severity.Warning, FailOn.Error, LogCategory.Warning)]
    [InlineData(Severity.Note, FailOn.Error, LogCategory.Message)]
    [InlineData(Severity.Warning, FailOn.Warning, LogCategory.Error)]
    [InlineData(Severity.Note, FailOn.Warning, LogCategory.Message)]
    [InlineData(Severity.Note, FailOn.Note, LogCategory.Error)]
    [InlineData(Severity.Error, FailOn.Never, LogCategory.Warning)]
    [InlineData(Severity.Note, FailOn.Never, LogCategory.Message)]
    internal void A_finding_is_an_error_exactly_at_or_above_the_threshold(Severity severity, FailOn failOn, LogCategory expected)
    {
        var finding = new Diagnostic("PHI004", severity, "content/a.md", new SourceRange(1, 1, 1, 2), "Possible telephone number");

        Assert.Equal(expected, LogCategoryPolicy.For(finding, failOn));
    }

    [Fact]
    public void An_internal_error_fails_the_build_even_with_fail_on_never()
    {
        var failure = new Diagnostic(ToolCodes.InternalError, Severity.Error, "content/a.md", null, "internal error");

        Assert.Equal(LogCategory.Error, LogCategoryPolicy.For(failure, FailOn.Never));
    }
}
