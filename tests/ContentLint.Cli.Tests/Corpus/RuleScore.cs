namespace ContentLint.Cli.Tests.Corpus;

/// <summary>The counts of one rule over the whole corpus. Precision and recall are null when their denominator is 0.</summary>
internal sealed record RuleScore(string Rule, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double? Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double? Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
