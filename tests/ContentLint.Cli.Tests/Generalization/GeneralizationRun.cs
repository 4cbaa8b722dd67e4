using ContentLint.Cli.Tests.Corpus;

namespace ContentLint.Cli.Tests.Generalization;

/// <summary>
/// A synthetic generalization set under <c>tests/Fixtures/</c>: practice sites written and labelled by a session that
/// had not read the detector code (each set's README), scored exactly like the development corpus.
/// </summary>
public abstract class GeneralizationRun(string folder, string reportVariable) : CorpusRun(FixturePath(folder), reportVariable)
{
    private static string? FixturePath(string folder) =>
        CorpusLocator.FindRepositoryRoot() is { } root ? Path.Combine(root, "tests", "Fixtures", folder) : null;
}

/// <summary>The first set, <c>tests/Fixtures/generalization</c> (issue 18).</summary>
public sealed class FirstGeneralizationRun() : GeneralizationRun("generalization", ReportVariableName)
{
    public const string ReportVariableName = "CONTENTLINT_GENERALIZATION_REPORT";
}

/// <summary>The second set, <c>tests/Fixtures/generalization-2</c>, written by another session in the next round.</summary>
public sealed class SecondGeneralizationRun() : GeneralizationRun("generalization-2", ReportVariableName)
{
    public const string ReportVariableName = "CONTENTLINT_GENERALIZATION2_REPORT";
}
