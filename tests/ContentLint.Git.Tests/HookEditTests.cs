namespace ContentLint.Git.Tests;

/// <summary>
/// A person's edits to ContentLint's own hook survive <c>hook install</c> (refresh) and <c>hook uninstall</c>: both
/// refuse, and with <c>--force</c> go ahead keeping the edited hook beside it (issue 17, item 16c).
/// </summary>
public sealed class HookEditTests : IDisposable
{
    private const string EditedName = "pre-commit.contentlint-edited";
    private readonly GitRepo _repo = new();
    private readonly string _installed;

    public HookEditTests()
    {
        var install = CliRunner.Run(_repo, "hook", "install");
        Assert.True(install.ExitCode == 0, install.Output);
        _installed = File.ReadAllText(HookPath);
    }

    public void Dispose() => _repo.Dispose();

    private string HookPath => Path.Combine(_repo.Root, ".git", "hooks", "pre-commit");

    private string EditedPath => Path.Combine(_repo.Root, ".git", "hooks", EditedName);

    private string Edit()
    {
        var edited = _installed.Replace("\"$@\" scan --staged", "npm run lint || exit 1\n\"$@\" scan --staged", StringComparison.Ordinal);
        Assert.NotEqual(_installed, edited);
        File.WriteAllText(HookPath, edited);
        return edited;
    }

    [Fact]
    public void Refreshing_an_edited_hook_is_refused_and_the_edits_are_kept()
    {
        var edited = Edit();

        var result = CliRunner.Run(_repo, "hook", "install");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("edited", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("--force", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(HookPath));
        Assert.False(File.Exists(EditedPath));
    }

    [Fact]
    public void Force_refreshes_an_edited_hook_and_keeps_the_edited_one_beside_it()
    {
        var edited = Edit();

        var result = CliRunner.Run(_repo, "hook", "install", "--force");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(EditedName, result.StdOut, StringComparison.Ordinal);
        Assert.Equal(_installed, File.ReadAllText(HookPath));
        Assert.Equal(edited, File.ReadAllText(EditedPath));
    }

    [Fact]
    public void Uninstalling_an_edited_hook_is_refused_and_the_hook_left_as_it_is()
    {
        var edited = Edit();

        var result = CliRunner.Run(_repo, "hook", "uninstall");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("edited", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("--force", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(HookPath));
    }

    [Fact]
    public void Force_uninstalls_an_edited_hook_keeping_the_edited_copy_and_restoring_a_chained_hook()
    {
        CliRunner.Run(_repo, "hook", "uninstall");
        const string Team = "#!/bin/sh\necho team hook\n";
        _repo.Write(".git/hooks/pre-commit", Team);
        CliRunner.Run(_repo, "hook", "install", "--chain");
        var edited = File.ReadAllText(HookPath) + "echo one more step\n";
        File.WriteAllText(HookPath, edited);

        var result = CliRunner.Run(_repo, "hook", "uninstall", "--force");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(EditedName, result.StdOut, StringComparison.Ordinal);
        Assert.Equal(Team, File.ReadAllText(HookPath));
        Assert.Equal(edited, File.ReadAllText(EditedPath));
    }

    [Fact]
    public void Force_never_overwrites_an_edited_copy_kept_earlier()
    {
        Edit();
        CliRunner.Run(_repo, "hook", "install", "--force");
        var firstCopy = File.ReadAllText(EditedPath);
        var second = Edit() + "echo again\n";
        File.WriteAllText(HookPath, second);

        var result = CliRunner.Run(_repo, "hook", "install", "--force");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(firstCopy, File.ReadAllText(EditedPath));
        Assert.Equal(second, File.ReadAllText(HookPath));
    }

    [Fact]
    public void An_unedited_hook_is_refreshed_and_uninstalled_without_force()
    {
        var again = CliRunner.Run(_repo, "hook", "install");
        var uninstall = CliRunner.Run(_repo, "hook", "uninstall");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(0, uninstall.ExitCode);
        Assert.False(File.Exists(HookPath));
        Assert.False(File.Exists(EditedPath));
    }
}
