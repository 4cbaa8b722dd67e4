namespace ContentLint.Core.Tests.Detection.Geography;

/// <summary>
/// Detection at scale finds the same thing in every repetition of a unit: no cap, no early exit, no state leaking from
/// one sentence into the next. Time is measured by the benchmark harness (bench/), never by a unit test.
/// </summary>
public sealed class LargeInputTests
{
    [Theory]
    [InlineData("She lives in Maple Grove near 12 Elm Street, Springfield, IL 62704. On March 3, 2026 her surgery at age 93 went well. ")]
    [InlineData("a.")]
    [InlineData("In Boston Harbor Park Street 12 ")]
    [InlineData("x")]
    public void Findings_in_two_megabytes_of_repeated_text_grow_with_the_repetitions(string unit)
    {
        var small = DetectorHarness.Run(Repeat(unit, 64 * 1024));
        var large = DetectorHarness.Run(Repeat(unit, 2 * 1024 * 1024));

        var factor = (2 * 1024 * 1024 / unit.Length) / (double)(64 * 1024 / unit.Length);
        Assert.InRange(large.Count, (int)(small.Count * factor * 0.95), (int)Math.Ceiling((small.Count * factor * 1.05) + 2));
    }

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length));
}
