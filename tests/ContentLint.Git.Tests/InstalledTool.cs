using System.Diagnostics;
using System.Reflection;

namespace ContentLint.Git.Tests;

/// <summary>
/// The contentlint tool packed from this build and installed into a temp tool path, as users get it. A fresh package
/// version and a private NuGet cache per run, so a previous run's package can never be the one tested.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentlint-tool-").FullName;

    /// <summary>Names a contentlint binary to test instead of packing one (e.g. a Native AOT build); hook tests only.</summary>
    public const string OverrideVariable = "CONTENTLINT_TEST_TOOL";

    public InstalledTool()
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } overridden)
        {
            ToolPath = Path.GetFullPath(overridden);
            Feed = Version = PackagesFolder = string.Empty;
            return;
        }

        var repositoryRoot = RepositoryRoot();
        var configuration = typeof(InstalledTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var feed = Path.Combine(_folder, "feed");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_folder, "packages") };
        Run(environment, "dotnet", "pack", Path.Combine(repositoryRoot, "src", "ContentLint.Cli", "ContentLint.Cli.csproj"),
            "-c", configuration, "--no-build", "-o", feed, $"-p:PackageVersion={version}", "-nologo");
        Run(environment, "dotnet", "tool", "install", "ContentLint", "--version", version,
            "--tool-path", Path.Combine(_folder, "tools"), "--add-source", feed, "--ignore-failed-sources");
        ToolPath = Path.Combine(_folder, "tools", OperatingSystem.IsWindows() ? "contentlint.exe" : "contentlint");
        Feed = feed;
        Version = version;
        PackagesFolder = environment["NUGET_PACKAGES"];
        Assert.True(File.Exists(ToolPath), $"the installed tool is missing at {ToolPath}");
    }

    /// <summary>The installed <c>contentlint</c> binary (the tool-path shim).</summary>
    public string ToolPath { get; }

    /// <summary>The folder holding the packed tool package.</summary>
    public string Feed { get; }

    /// <summary>The package version packed for this run.</summary>
    public string Version { get; }

    /// <summary>The private NuGet package cache the tool was installed through.</summary>
    public string PackagesFolder { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ContentLint.sln not found above the test assembly");
    }

    private static void Run(Dictionary<string, string> environment, string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', args)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
    }
}
