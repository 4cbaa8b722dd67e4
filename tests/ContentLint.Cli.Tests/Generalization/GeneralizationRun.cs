using ContentLint.Cli.Tests.Corpus;

namespace ContentLint.Cli.Tests.Generalization;

/// <summary>
/// The synthetic generalization set in <c>tests/Fixtures/generalization</c>: three practice sites written and labelled
/// by a session that had not read the detector code (its README), scored exactly like the development corpus.
/// </summary>
public sealed class GeneralizationRun() : CorpusRun(FixturePath(), ReportVariableName)
{
    public const string ReportVariableName = "CONTENTLINT_GENERALIZATION_REPORT";

    private static string? FixturePath() =>
        CorpusLocator.FindRepositoryRoot() is { } root ? Path.Combine(root, "tests", "Fixtures", "generalization") : null;
}
