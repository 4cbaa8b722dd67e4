namespace ContentLint.Git.Tests;

/// <summary>
/// ContentLint as a local tool (a <c>.config/dotnet-tools.json</c> manifest), installed through <c>dotnet tool run</c>:
/// the hook has no binary path to call and must fall back to the manifest.
/// </summary>
[Collection(InstalledToolGroup.Name)]
public sealed class LocalToolHookTests(InstalledTool tool) : IDisposable
{
    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_hook_installed_through_dotnet_tool_run_runs_the_manifest_s_tool()
    {
        _repo.Environment["NUGET_PACKAGES"] = tool.PackagesFolder;
        Assert.Equal(0, _repo.Run("dotnet", ["new", "tool-manifest"]).ExitCode);
        var install = _repo.Run("dotnet", ["tool", "install", "ContentLint", "--version", tool.Version, "--add-source", tool.Feed, "--ignore-failed-sources"]);
        Assert.True(install.ExitCode == 0, install.Output);
        var hook = _repo.Run("dotnet", ["tool", "run", "contentlint", "hook", "install"]);
        Assert.True(hook.ExitCode == 0, hook.Output);
        _repo.Write("content/story.md", Pages.WithPhone);
        _repo.Git("add", "content/story.md");

        var result = _repo.Run("git", ["commit", "-m", "story"]);

        Assert.Contains("contentlint_bin=''", File.ReadAllText(Path.Combine(_repo.Root, ".git", "hooks", "pre-commit")), StringComparison.Ordinal);
        Assert.NotEqual(0, result.ExitCode);
        Assert.True(result.Output.Contains(Pages.PhoneFinding("content/story.md", 5), StringComparison.Ordinal), result.Output);
    }
}
