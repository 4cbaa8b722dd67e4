namespace ContentLint.Git.Tests;

/// <summary><c>contentlint hook install|uninstall</c> in-process: where the hook goes and whose hooks it leaves alone.</summary>
public sealed class HookInstallerTests : IDisposable
{
    private const string ForeignHook = "#!/bin/sh\necho team hook\n";
    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private string HookPath => Path.Combine(_repo.Root, ".git", "hooks", "pre-commit");

    [Fact]
    public void Install_writes_an_executable_sh_hook_that_runs_a_staged_scan()
    {
        var result = CliRunner.Run(_repo, "hook", "install");

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(HookPath);
        Assert.StartsWith("#!/bin/sh\n", text, StringComparison.Ordinal);
        Assert.Contains("scan --staged", text, StringComparison.Ordinal);
        Assert.Contains("git commit --no-verify", text, StringComparison.Ordinal);
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(HookPath).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public void Install_twice_is_idempotent()
    {
        CliRunner.Run(_repo, "hook", "install");
        var first = File.ReadAllText(HookPath);

        var again = CliRunner.Run(_repo, "hook", "install");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already installed", again.StdOut, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllText(HookPath));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(HookPath)!, "pre-commit*"), file => !file.EndsWith(".sample", StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_hook_is_refused_without_force_or_chain()
    {
        _repo.Write(".git/hooks/pre-commit", ForeignHook);

        var result = CliRunner.Run(_repo, "hook", "install");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--chain", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(ForeignHook, File.ReadAllText(HookPath));
    }

    [Fact]
    public void Chain_keeps_the_foreign_hook_and_uninstall_puts_it_back()
    {
        _repo.Write(".git/hooks/pre-commit", ForeignHook);

        var install = CliRunner.Run(_repo, "hook", "install", "--chain");
        var chained = Path.Combine(_repo.Root, ".git", "hooks", "pre-commit.contentlint-chained");
        var chainedText = File.ReadAllText(chained);
        var uninstall = CliRunner.Run(_repo, "hook", "uninstall");

        Assert.Equal(0, install.ExitCode);
        Assert.Equal(ForeignHook, chainedText);
        Assert.Equal(0, uninstall.ExitCode);
        Assert.Equal(ForeignHook, File.ReadAllText(HookPath));
        Assert.False(File.Exists(chained));
    }

    [Fact]
    public void Force_replaces_a_foreign_hook_but_keeps_a_backup_that_uninstall_restores()
    {
        _repo.Write(".git/hooks/pre-commit", ForeignHook);

        var install = CliRunner.Run(_repo, "hook", "install", "--force");
        var installed = File.ReadAllText(HookPath);
        CliRunner.Run(_repo, "hook", "uninstall");

        Assert.Equal(0, install.ExitCode);
        Assert.Contains("contentlint-managed-hook", installed, StringComparison.Ordinal);
        Assert.Equal(ForeignHook, File.ReadAllText(HookPath));
    }

    [Fact]
    public void Chaining_again_never_overwrites_the_hook_kept_the_first_time()
    {
        _repo.Write(".git/hooks/pre-commit", ForeignHook);
        CliRunner.Run(_repo, "hook", "install", "--chain");
        const string Another = "#!/bin/sh\necho another tool\n";
        _repo.Write(".git/hooks/pre-commit", Another);

        var again = CliRunner.Run(_repo, "hook", "install", "--chain");

        Assert.Equal(1, again.ExitCode);
        Assert.Equal(ForeignHook, File.ReadAllText(Path.Combine(_repo.Root, ".git", "hooks", "pre-commit.contentlint-chained")));
        Assert.Equal(Another, File.ReadAllText(HookPath));
    }

    [Fact]
    public void Chain_and_force_together_are_a_usage_error()
    {
        var result = CliRunner.Run(_repo, "hook", "install", "--chain", "--force");

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(HookPath));
    }

    [Fact]
    public void Uninstall_leaves_a_foreign_hook_alone()
    {
        _repo.Write(".git/hooks/pre-commit", ForeignHook);

        var result = CliRunner.Run(_repo, "hook", "uninstall");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(ForeignHook, File.ReadAllText(HookPath));
    }

    [Fact]
    public void Uninstall_without_a_hook_is_a_no_op()
    {
        var result = CliRunner.Run(_repo, "hook", "uninstall");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("nothing to do", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_hooks_path_is_honoured_relative_to_the_working_tree()
    {
        _repo.Git("config", "core.hooksPath", "tools/git-hooks");

        var result = CliRunner.Run(_repo, "hook", "install");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_repo.Root, "tools", "git-hooks", "pre-commit")));
        Assert.False(File.Exists(HookPath));
    }

    [Fact]
    public void A_linked_worktree_installs_into_the_shared_hooks_folder()
    {
        _repo.Write("README.md", "readme\n");
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("init");
        var worktree = Path.Combine(Path.GetDirectoryName(_repo.Root)!, "linked");
        _repo.Git("worktree", "add", "-q", worktree);

        var result = CliRunner.Run(worktree, null, "hook", "install");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(HookPath));
    }

    [Theory]
    [InlineData(".husky/pre-commit", "Husky")]
    [InlineData(".husky/task-runner.json", "Husky.Net")]
    [InlineData(".pre-commit-config.yaml", "pre-commit framework")]
    public void A_hook_manager_gets_advice_instead_of_a_hook(string marker, string named)
    {
        _repo.Write(marker, "{}\n");

        var result = CliRunner.Run(_repo, "hook", "install");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(named, result.StdErr, StringComparison.Ordinal);
        Assert.Contains("--staged", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(HookPath));
    }
}
