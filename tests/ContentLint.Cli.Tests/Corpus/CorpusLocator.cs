namespace ContentLint.Cli.Tests.Corpus;

/// <summary>Finds the repository (the folder holding ContentLint.sln) and the shared corpus beside it.</summary>
internal static class CorpusLocator
{
    private const string SolutionFile = "ContentLint.sln";

    /// <summary>The repository root, found by walking up from the test binaries, or null outside a checkout.</summary>
    public static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Where the corpus is expected: <c>../shared/corpus</c> from the repository root.</summary>
    public static string? ExpectedCorpusPath(string? repositoryRoot) =>
        repositoryRoot is null ? null : Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "corpus"));

    /// <summary>True when <paramref name="path"/> looks like the corpus: it has gold.jsonl and a sites folder.</summary>
    public static bool IsCorpus(string? path) =>
        path is not null && File.Exists(Path.Combine(path, "gold.jsonl")) && Directory.Exists(Path.Combine(path, "sites"));
}
