namespace ContentLint.Git.Tests;

internal sealed record ProcessResult(int ExitCode, string StdOut, string StdErr)
{
    public string Output => StdOut + StdErr;

    /// <summary>The msbuild-format finding lines, e.g. <c>content/a.md(5,18,5,30): error PHI004: ...</c>.</summary>
    public IReadOnlyList<string> FindingLines =>
        StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains(": error ", StringComparison.Ordinal) || line.Contains(": warning ", StringComparison.Ordinal))
            .ToList();
}
