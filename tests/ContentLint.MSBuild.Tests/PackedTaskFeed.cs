namespace ContentLint.MSBuild.Tests;

/// <summary>
/// Packs the already-built task once per test run into a temporary feed, with a version no earlier run used, and
/// gives each test project a folder whose nuget.config lists only that feed and whose package cache is private:
/// no build can pick up a stale ContentLint.MSBuild from a shared cache.
/// </summary>
public sealed class PackedTaskFeed : IDisposable
{
    public PackedTaskFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "contentlint-msbuild-tests", Guid.NewGuid().ToString("N")[..12]);
        FeedFolder = Path.Combine(Root, "feed");
        Directory.CreateDirectory(FeedFolder);
        Version = $"0.0.0-test.t{Guid.NewGuid():N}";
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
        };

        // The task was built with the tests (a project reference, same configuration), so pack only packs it; this
        // works after `dotnet build -c Release` + `dotnet test -c Release --no-build` as in CI.
        Pack = DotnetCommand.Run(
            Root,
            Environment,
            "pack", TestAssemblyInfo.TaskProject, "-c", TestAssemblyInfo.Configuration, "--no-build", "-o", FeedFolder,
            $"-p:PackageVersion={Version}", "-nodeReuse:false", "-tl:off");
        PackagePath = Path.Combine(FeedFolder, $"ContentLint.MSBuild.{Version}.nupkg");

        // The projects live below Root: these files stop MSBuild and NuGet from looking further up /tmp.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="contentlint-test-feed" value="{FeedFolder}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>The temporary folder holding the feed, the package cache and the test projects.</summary>
    public string Root { get; }

    public string FeedFolder { get; }

    /// <summary>The unique version the task was packed with.</summary>
    public string Version { get; }

    /// <summary>The packed .nupkg.</summary>
    public string PackagePath { get; }

    /// <summary>The result of <c>dotnet pack</c>, for tests to assert it worked.</summary>
    internal CommandResult Pack { get; }

    /// <summary>Environment of every dotnet command: the private package cache.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>A new empty folder below <see cref="Root"/> for one test's projects.</summary>
    public string NewWorkspace(string name)
    {
        var folder = Path.Combine(Root, $"{name}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the run for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
