using System.Diagnostics;
using System.Text;

namespace ContentLint.Git.Tests;

/// <summary>
/// A real git repository in a temp folder, driven through the git command line (as users and hooks do), with a
/// private HOME so the machine's global git configuration cannot change what the tests see.
/// </summary>
internal sealed class GitRepo : IDisposable
{
    private readonly string _home;

    public GitRepo()
    {
        var root = Path.Combine(Path.GetTempPath(), "contentlint-git-" + Guid.NewGuid().ToString("N")[..12]);
        _home = Path.Combine(root, "home");
        Root = Path.Combine(root, "repo");
        Directory.CreateDirectory(_home);
        Directory.CreateDirectory(Root);
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "editor@example.org");
        Git("config", "user.name", "Site Editor");
        Git("config", "core.autocrlf", "false");
    }

    public string Root { get; }

    /// <summary>Extra environment for every process this repository starts (e.g. PATH to the installed tool).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public string Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return full;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    /// <summary>Runs git and fails the test when it fails.</summary>
    public string Git(params string[] args)
    {
        var result = Run("git", args);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', args)} exited {result.ExitCode}: {result.StdErr}");
        return result.StdOut.Trim();
    }

    /// <summary>Commits everything staged, skipping hooks (setting up history, not testing the hook).</summary>
    public string CommitWithoutHook(string message)
    {
        Git("commit", "-q", "--no-verify", "-m", message);
        return Git("rev-parse", "HEAD");
    }

    public ProcessResult Run(string fileName, IEnumerable<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GIT_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = _home;
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
