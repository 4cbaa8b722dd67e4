using System.Diagnostics;

namespace ContentLint.Core.Tests.Sources;

/// <summary>Runs the real git (and a shell) in a test folder, with a private HOME so the machine's configuration cannot change what the tests see.</summary>
internal static class GitCommandLine
{
    public static string Git(string folder, params string[] args) => Run(folder, "git", args);

    /// <summary>Runs <paramref name="script"/> with <c>/bin/sh</c>, to make what .NET cannot (a file name that is not UTF-8).</summary>
    public static string Shell(string folder, string script) => Run(folder, "/bin/sh", ["-c", script]);

    public static void InitRepository(string folder, params string[] extra)
    {
        Git(folder, ["init", "-q", .. extra]);
        Git(folder, "config", "user.email", "editor@example.org");
        Git(folder, "config", "user.name", "Site Editor");
    }

    private static string Run(string folder, string fileName, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = folder,
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

        start.Environment["HOME"] = folder;
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
