namespace ContentLint.MSBuild.Tests;

/// <summary>What a <c>dotnet</c> command did: its exit code and its standard output and error, interleaved as read.</summary>
internal sealed record CommandResult(int ExitCode, string Output)
{
    /// <summary>The lines of the output, trimmed, for exact line assertions.</summary>
    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The output with the exit code, for assertion messages.</summary>
    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}
