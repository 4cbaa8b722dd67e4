namespace ContentLint.Git.Tests;

/// <summary>
/// The hook falls back to the repository's tool manifest, but the tool was never restored on this machine: the commit
/// is blocked because nothing was scanned, and the advice says that and how to fix it, not that the content may hold
/// PHI (issue 17, item 16b).
/// </summary>
public sealed class LocalToolNotRestoredTests : IDisposable
{
    private const string Manifest = """
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "contentlint": { "version": "0.0.0-never-restored", "commands": ["contentlint"], "rollForward": false }
          }
        }
        """;

    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_manifest_tool_that_is_not_restored_blocks_the_commit_and_says_to_restore_it()
    {
        _repo.Write(".config/dotnet-tools.json", Manifest);
        var install = CliRunner.Run(_repo, "hook", "install");
        Assert.True(install.ExitCode == 0, install.Output);
        // No contentlint on PATH (only git, sh and dotnet), and an empty package cache: the manifest is the only way.
        _repo.Environment["PATH"] = string.Join(Path.PathSeparator, DotnetFolder(), "/usr/bin", "/bin");
        _repo.Environment["NUGET_PACKAGES"] = Path.Combine(Path.GetDirectoryName(_repo.Root)!, "empty-packages");
        _repo.Write("content/hours.md", Pages.Clean);
        _repo.Git("add", ".");

        var result = _repo.Run("git", ["commit", "-m", "hours"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(string.Empty, _repo.Run("git", ["rev-list", "--all"]).StdOut.Trim());
        Assert.Contains("could not run ContentLint", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("dotnet tool restore", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("may contain protected health information", result.Output, StringComparison.Ordinal);
    }

    private static string DotnetFolder() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "dotnet")))
        ?? throw new InvalidOperationException("dotnet is not on PATH");
}
