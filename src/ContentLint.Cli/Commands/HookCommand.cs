using System.CommandLine;
using ContentLint.Git;
using ContentLint.Git.Hooks;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint hook install|uninstall</c>: the git pre-commit hook that runs <c>scan --staged</c>.</summary>
internal static class HookCommand
{
    public static Command Create(CliConsole console)
    {
        var force = new Option<bool>("--force") { Description = "Replace a hook that is not ContentLint's (it is kept as pre-commit.contentlint-backup and restored on uninstall), even when a hook manager is in use; refresh ContentLint's hook even when it was edited (the edited hook is kept as pre-commit.contentlint-edited)." };
        var chain = new Option<bool>("--chain") { Description = "Keep a hook that is not ContentLint's and run it before ContentLint." };
        var install = new Command("install", "Install the pre-commit hook (honours core.hooksPath; never replaces another hook, or edits to ContentLint's, without --force or --chain).") { force, chain };
        install.SetAction(parseResult => Install(console, parseResult.GetValue(chain), parseResult.GetValue(force)));
        var uninstallForce = new Option<bool>("--force") { Description = "Remove ContentLint's hook even when it was edited (the edited hook is kept as pre-commit.contentlint-edited)." };
        var uninstall = new Command("uninstall", "Remove ContentLint's pre-commit hook (and restore a hook it chained or replaced); an edited one only with --force.") { uninstallForce };
        uninstall.SetAction(parseResult => Uninstall(console, parseResult.GetValue(uninstallForce)));
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
            case HookInstallOutcome.RefusedEditedHook:
                console.Error.WriteLine($"contentlint: not refreshed: {result.HookPath} is ContentLint's hook but was edited since it was installed; your edits are kept.");
                console.Error.WriteLine($"  Move your own steps into a hook of yours (an executable {HookInstaller.ChainedHookName} next to it is run first), or pass --force to rewrite it (the edited hook is kept as {HookInstaller.EditedHookName}).");
                return ExitCodes.Findings;
            case HookInstallOutcome.RefusedForeignHook:
                console.Error.WriteLine($"contentlint: not installed: {result.HookPath} exists and is not ContentLint's.");
                console.Error.WriteLine("  --chain keeps it and runs it before ContentLint; --force replaces it (kept as a backup that uninstall restores).");
                return ExitCodes.Findings;
            default:
                console.Out.WriteLine(result.Outcome switch
                {
                    HookInstallOutcome.Updated when result.KeptEditedPath is { } kept => $"contentlint: pre-commit hook refreshed: {result.HookPath} (it had been edited; the edited hook is kept as {kept})",
                    HookInstallOutcome.Updated => $"contentlint: pre-commit hook already installed, refreshed: {result.HookPath}",
                    HookInstallOutcome.Chained => $"contentlint: pre-commit hook installed: {result.HookPath} (the existing hook runs first)",
                    HookInstallOutcome.Replaced => $"contentlint: pre-commit hook installed: {result.HookPath} (the previous hook is kept as a backup)",
                    _ => $"contentlint: pre-commit hook installed: {result.HookPath}",
                });
                return ExitCodes.Clean;
        }
    }

    private static int Uninstall(CliConsole console, bool force)
    {
        using var workspace = GitWorkspace.Open(console.CurrentDirectory, indexFile: null, console.CurrentDirectory);
        var result = HookInstaller.Uninstall(workspace, force);
        switch (result.Outcome)
        {
            case HookInstallOutcome.RefusedEditedHook:
                console.Error.WriteLine($"contentlint: {result.HookPath} is ContentLint's hook but was edited since it was installed; left as it is.");
                console.Error.WriteLine($"  Pass --force to remove it anyway (the edited hook is kept as {HookInstaller.EditedHookName}).");
                return ExitCodes.Findings;
            case HookInstallOutcome.RefusedKeptHookExists:
                console.Error.WriteLine($"contentlint: not removed: {result.HookPath} already keeps an earlier hook; move it away first.");
                return ExitCodes.Findings;
            case HookInstallOutcome.ForeignHookLeft:
                console.Error.WriteLine($"contentlint: {result.HookPath} is not ContentLint's hook; left as it is");
                return ExitCodes.Findings;
            case HookInstallOutcome.NotInstalled:
                console.Out.WriteLine("contentlint: no pre-commit hook installed; nothing to do");
                return ExitCodes.Clean;
            default:
                console.Out.WriteLine(result.KeptEditedPath is { } kept
                    ? $"contentlint: pre-commit hook removed: {result.HookPath} (it had been edited; the edited hook is kept as {kept})"
                    : $"contentlint: pre-commit hook removed: {result.HookPath}");
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
