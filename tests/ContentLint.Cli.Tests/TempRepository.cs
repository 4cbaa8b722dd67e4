using System.Text;

namespace ContentLint.Cli.Tests;

/// <summary>A throw-away folder that looks like a repository root (it has <c>.git</c>), for running the CLI in-process.</summary>
internal sealed class TempRepository : IDisposable
{
    public TempRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "contentlint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
    }

    public string Root { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public CliRun Run(params string[] args) => RunIn(".", args);

    /// <summary>Runs the CLI with <paramref name="folder"/> (relative to the root) as the current folder.</summary>
    public CliRun RunIn(string folder, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, stdout, stderr, Path.GetFullPath(Path.Combine(Root, folder)));
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Copies a folder of tests/Fixtures into the repository.</summary>
    public void CopyFixture(string name)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            WriteBytes(Path.GetRelativePath(source, file), File.ReadAllBytes(file));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}

internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The lines without page-level consent findings (CON*), for tests about what the detectors find.</summary>
    public string[] PhiLines => [.. Lines.Where(line => !System.Text.RegularExpressions.Regex.IsMatch(line, @"^\S+: (error|warning|info) CON\d{3}:"))];
}
