namespace ContentLint.Cli;

/// <summary>The writers and working directory a command runs with.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, string CurrentDirectory)
{
    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);
}
