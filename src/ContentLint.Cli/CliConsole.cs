namespace ContentLint.Cli;

/// <summary>The writers, working directory and environment a command runs with (tests substitute all of them).</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, string CurrentDirectory)
{
    /// <summary>True when stderr is an interactive terminal: progress lines are shown only there, never in CI logs.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Reads an environment variable (git passes <c>GIT_INDEX_FILE</c> to hooks this way).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);
}
