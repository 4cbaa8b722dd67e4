using System.Text;

namespace ContentLint.MSBuild.Tests;

/// <summary>
/// A throw-away repository (it has <c>.git</c>) holding a plain Microsoft.NET.Sdk project that references the packed
/// task, with content files beside it; <see cref="Build"/> runs a real <c>dotnet build</c> on it.
/// </summary>
internal sealed class SiteProject
{
    private readonly PackedTaskFeed _feed;

    public SiteProject(PackedTaskFeed feed, string name, string projectFolder = "site", string? targetFrameworkProperty = null)
    {
        _feed = feed;
        RepositoryRoot = feed.NewWorkspace(name);
        Directory.CreateDirectory(Path.Combine(RepositoryRoot, ".git"));
        ProjectDirectory = Path.Combine(RepositoryRoot, projectFolder);
        ProjectFile = Path.Combine(ProjectDirectory, "site.csproj");
        Write($"{projectFolder}/site.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {targetFrameworkProperty ?? "<TargetFramework>net10.0</TargetFramework>"}
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ContentLint.MSBuild" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
    }

    public string RepositoryRoot { get; }

    public string ProjectDirectory { get; }

    public string ProjectFile { get; }

    /// <summary>Writes a file relative to the repository root (UTF-8, no BOM, LF) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(RepositoryRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"), new UTF8Encoding(false));
        return path;
    }

    /// <summary><c>dotnet build</c> at normal verbosity (the skipped-target lines show) with extra arguments.</summary>
    public CommandResult Build(params string[] arguments) => BuildWithVerbosity("normal", arguments);

    /// <summary><c>dotnet build</c> at the given verbosity (<c>minimal</c> is what a plain <c>dotnet build</c> prints).</summary>
    public CommandResult BuildWithVerbosity(string verbosity, params string[] arguments) =>
        DotnetCommand.Run(
            ProjectDirectory,
            _feed.Environment,
            ["build", ProjectFile, "-nodeReuse:false", "--disable-build-servers", "-tl:off", $"-v:{verbosity}", .. arguments]);
}
