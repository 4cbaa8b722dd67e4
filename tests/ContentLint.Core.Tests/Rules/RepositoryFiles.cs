namespace ContentLint.Core.Tests.Rules;

/// <summary>Finds files of the repository the tests were built from (the folder holding ContentLint.sln).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ContentLint.sln above {AppContext.BaseDirectory}.");
    }
}
