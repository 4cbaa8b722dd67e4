using ContentLint.Cli;

namespace ContentLint.Git.Tests;

/// <summary>Runs the contentlint command line in-process against a repository, with a substitute environment.</summary>
internal static class CliRunner
{
    public static ProcessResult Run(string currentDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr, currentDirectory)
        {
            GetEnvironmentVariable = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
        };
        var exitCode = CliApp.Run(args, console);
        return new ProcessResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static ProcessResult Run(GitRepo repo, params string[] args) => Run(repo.Root, null, args);
}
