using System.CommandLine;
using ContentLint.Git;
using ContentLint.Git.Hooks;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint hook install|uninstall</c>: the git pre-commit hook that runs <c>scan --staged</c>.</summary>
internal static class HookCommand
{
    public static Command Create(CliConsole console)
    {
        var force = new Option<bool>("--force") { Description = "Replace a hook that is not ContentLint's (it is kept as pre-commit.contentlint-backup and restored on uninstall), even when a hook manager is in use." };
        var chain = new Option<bool>("--chain") { Description = "Keep a hook that is not ContentLint's and run it before ContentLint." };
        var install = new Command("install", "Install the pre-commit hook (honours core.hooksPath; never replaces another hook without --force or --chain).") { force, chain };
        install.SetAction(parseResult => Install(console, parseResult.GetValue(chain), parseResult.GetValue(force)));
        var uninstall = new Command("uninstall", "Remove ContentLint's pre-commit hook (and restore a hook it chained or replaced).");
        uninstall.SetAction(_ => Uninstall(console));
        return new Command("hook", "Manage the git pre-commit hook.") { install, uninstall };
    }

    private static int Install(CliConsole console, bool chain, bool force)
    {
        if (chain && force)
        {
            throw new UsageException("--chain keeps the existing hook and --force replaces it: choose one");
        }

        using var workspace = GitWorkspace.Open(console.CurrentDirectory, indexFile: null, console.CurrentDirectory);
        var result = HookInstaller.Install(workspace, ToolBinary(), chain, force);
        switch (result.Outcome)
        {
            case HookInstallOutcome.RefusedHookManager:
                console.Error.WriteLine($"contentlint: not installed: {HookManagerAdvice.For(result.Manager)}");
                console.Error.WriteLine("(Use --force to install into the hooks folder anyway.)");
                return ExitCodes.Findings;
            case HookInstallOutcome.RefusedKeptHookExists:
                console.Error.WriteLine($"contentlint: not installed: {result.HookPath} already keeps an earlier hook; move it away or merge it into pre-commit first.");
                return ExitCodes.Findings;
            case HookInstallOutcome.RefusedForeignHook:
                console.Error.WriteLine($"contentlint: not installed: {result.HookPath} exists and is not ContentLint's.");
                console.Error.WriteLine("  --chain keeps it and runs it before ContentLint; --force replaces it (kept as a backup that uninstall restores).");
                return ExitCodes.Findings;
            default:
                console.Out.WriteLine(result.Outcome switch
                {
                    HookInstallOutcome.Updated => $"contentlint: pre-commit hook already installed, refreshed: {result.HookPath}",
                    HookInstallOutcome.Chained => $"contentlint: pre-commit hook installed: {result.HookPath} (the existing hook runs first)",
                    HookInstallOutcome.Replaced => $"contentlint: pre-commit hook installed: {result.HookPath} (the previous hook is kept as a backup)",
                    _ => $"contentlint: pre-commit hook installed: {result.HookPath}",
                });
                return ExitCodes.Clean;
        }
    }

    private static int Uninstall(CliConsole console)
    {
        using var workspace = GitWorkspace.Open(console.CurrentDirectory, indexFile: null, console.CurrentDirectory);
        var result = HookInstaller.Uninstall(workspace);
        switch (result.Outcome)
        {
            case HookInstallOutcome.ForeignHookLeft:
                console.Error.WriteLine($"contentlint: {result.HookPath} is not ContentLint's hook; left as it is");
                return ExitCodes.Findings;
            case HookInstallOutcome.NotInstalled:
                console.Out.WriteLine("contentlint: no pre-commit hook installed; nothing to do");
                return ExitCodes.Clean;
            default:
                console.Out.WriteLine($"contentlint: pre-commit hook removed: {result.HookPath}");
                foreach (var leftover in result.Leftovers)
                {
                    console.Error.WriteLine($"contentlint: {leftover} was kept by an earlier install and is not restored (only one hook can be pre-commit); merge it by hand");
                }

                return ExitCodes.Clean;
        }
    }

    /// <summary>
    /// The binary running now when it is the installed tool (a global or tool-path shim); null under <c>dotnet</c>
    /// (a local tool or <c>dotnet run</c>), where the hook finds the tool on PATH or through the tool manifest.
    /// </summary>
    private static string? ToolBinary() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path).Equals("contentlint", StringComparison.OrdinalIgnoreCase)
            ? path
            : null;
}
