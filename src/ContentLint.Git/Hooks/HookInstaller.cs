using System.Text;

namespace ContentLint.Git.Hooks;

/// <summary>
/// Installs and uninstalls ContentLint's pre-commit hook. Never destroys a hook it did not write: a foreign hook is
/// refused, chained (kept and run first) or, with force, replaced and kept as a backup that uninstall restores.
/// </summary>
public static class HookInstaller
{
    private const string HookName = "pre-commit";

    /// <summary>Installs the hook in the folder git runs hooks from.</summary>
    /// <param name="workspace">The repository.</param>
    /// <param name="toolPath">The contentlint binary the hook should call, or null to rely on PATH or a local tool manifest.</param>
    /// <param name="chain">Keep a foreign hook and run it before ContentLint.</param>
    /// <param name="force">Replace a foreign hook (kept as a backup) and ignore hook managers.</param>
    public static HookInstallResult Install(GitWorkspace workspace, string? toolPath, bool chain, bool force)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (chain && force)
        {
            throw new ArgumentException("--chain keeps the existing hook and --force replaces it: choose one");
        }

        var folder = HookLocation.HooksFolder(workspace);
        var hookPath = Path.Combine(folder, HookName);
        var existing = File.Exists(hookPath) ? File.ReadAllText(hookPath) : null;
        var ours = existing is not null && IsOurs(existing);
        var manager = HookManagerDetector.Detect(workspace.Root, folder, existing);
        if (!ours && manager != HookManager.None && !force)
        {
            return new HookInstallResult(HookInstallOutcome.RefusedHookManager, hookPath, manager);
        }

        HookInstallOutcome outcome;
        if (existing is null)
        {
            outcome = HookInstallOutcome.Installed;
        }
        else if (ours)
        {
            outcome = HookInstallOutcome.Updated;
        }
        else if (chain || force)
        {
            // A hook kept by an earlier install is never overwritten: that would silently lose someone's hook.
            var kept = Path.Combine(folder, chain ? HookScript.ChainedName : HookScript.BackupName);
            if (File.Exists(kept))
            {
                return new HookInstallResult(HookInstallOutcome.RefusedKeptHookExists, kept, manager);
            }

            File.Move(hookPath, kept);
            outcome = chain ? HookInstallOutcome.Chained : HookInstallOutcome.Replaced;
        }
        else
        {
            return new HookInstallResult(HookInstallOutcome.RefusedForeignHook, hookPath, manager);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(hookPath, HookScript.Create(toolPath), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        MakeExecutable(hookPath);
        return new HookInstallResult(outcome, hookPath, manager);
    }

    /// <summary>Removes ContentLint's hook and puts back the hook it chained or replaced.</summary>
    public static HookInstallResult Uninstall(GitWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var folder = HookLocation.HooksFolder(workspace);
        var hookPath = Path.Combine(folder, HookName);
        if (!File.Exists(hookPath))
        {
            return new HookInstallResult(HookInstallOutcome.NotInstalled, hookPath);
        }

        if (!IsOurs(File.ReadAllText(hookPath)))
        {
            return new HookInstallResult(HookInstallOutcome.ForeignHookLeft, hookPath);
        }

        File.Delete(hookPath);
        var kept = new[] { HookScript.ChainedName, HookScript.BackupName }.Select(name => Path.Combine(folder, name)).Where(File.Exists).ToList();
        if (kept.Count > 0)
        {
            File.Move(kept[0], hookPath);
        }

        return new HookInstallResult(HookInstallOutcome.Removed, hookPath) { Leftovers = kept.Skip(1).ToList() };
    }

    private static bool IsOurs(string hookText) => hookText.Contains(HookScript.Marker, StringComparison.Ordinal);

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path)
                | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute
                | UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
