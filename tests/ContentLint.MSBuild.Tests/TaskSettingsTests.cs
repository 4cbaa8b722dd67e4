using ContentLint.Core.Pipeline;

namespace ContentLint.MSBuild.Tests;

public sealed class TaskSettingsTests
{
    [Theory]
    [InlineData("", FailOn.Error)]
    [InlineData("error", FailOn.Error)]
    [InlineData("Warning", FailOn.Warning)]
    [InlineData(" note ", FailOn.Note)]
    [InlineData("never", FailOn.Never)]
    public void ContentLintFailOn_accepts_the_four_names_and_empty(string value, FailOn expected)
    {
        Assert.True(TaskSettings.TryParseFailOn(value, out var failOn));
        Assert.Equal(expected, failOn);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("errors")]
    [InlineData("off")]
    public void ContentLintFailOn_rejects_anything_else(string value) =>
        Assert.False(TaskSettings.TryParseFailOn(value, out _));

    [Fact]
    public void ContentLintToday_is_an_iso_date()
    {
        Assert.True(TaskSettings.TryParseToday("2026-03-02", out var today));
        Assert.Equal(new DateOnly(2026, 3, 2), today);
        Assert.False(TaskSettings.TryParseToday("03/02/2026", out _));
    }
}
