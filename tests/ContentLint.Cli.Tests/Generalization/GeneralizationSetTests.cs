using Xunit.Abstractions;

namespace ContentLint.Cli.Tests.Generalization;

/// <summary>The first synthetic set (issue 18).</summary>
public sealed class GeneralizationSetTests(FirstGeneralizationRun run, ITestOutputHelper output)
    : GeneralizationFloors(run, output), IClassFixture<FirstGeneralizationRun>
{
    /// <summary>Start of issue 18: 76.9 %; end: 82.1 %.</summary>
    protected override double MinimumAnyRuleRecall => 0.80;

    /// <summary>Start of issue 18: 35.0 %; end: 82.9 %.</summary>
    protected override double MinimumPrecision => 0.80;

    /// <summary>Start of issue 18: 0.50; end: 0.92.</summary>
    protected override double MinimumConsentF1 => 0.90;
}
