namespace ContentLint.Core.Tests.Detection.Geography;

public sealed class LargeInputTests
{
    [Theory]
    [InlineData("She lives in Maple Grove near 12 Elm Street, Springfield, IL 62704. On March 3, 2026 her surgery at age 93 went well. ")]
    [InlineData("a.")]
    [InlineData("In Boston Harbor Park Street 12 ")]
    [InlineData("x")]
    public void Two_megabytes_of_repeated_text_are_scanned_in_linear_time(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, (2 * 1024 * 1024) / unit.Length));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = DetectorHarness.Run(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
