using System.Text;

namespace ContentLint.Git.Hooks;

/// <summary>
/// Installs and uninstalls ContentLint's pre-commit hook. Never destroys a hook it did not write: a foreign hook is
/// refused, chained (kept and run first) or, with force, replaced and kept as a backup that uninstall restores. Nor
/// does it destroy edits to its own hook (told by the hook's checksum line): refresh and uninstall refuse, and with
/// force keep the edited hook beside it.
/// </summary>
public static class HookInstaller
{
    private const string HookName = "pre-commit";

    /// <summary>The file a hook kept with <c>--chain</c> lives in; ContentLint's hook runs it first.</summary>
    public const string ChainedHookName = HookScript.ChainedName;

    /// <summary>The file an edited hook of ContentLint's is kept in when <c>--force</c> rewrites or removes it.</summary>
    public const string EditedHookName = HookScript.EditedName;

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
        string? keptEdited = null;
        if (existing is null)
        {
            outcome = HookInstallOutcome.Installed;
        }
        else if (ours)
        {
            if (!HookScript.IsUnedited(existing))
            {
                // Someone's own steps may be in it: rewritten only with force, and then kept beside it.
                keptEdited = KeepEdited(folder, hookPath, force);
                if (keptEdited is null)
                {
                    return Refused(folder, hookPath, force);
                }
            }

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
        return new HookInstallResult(outcome, hookPath, manager) { KeptEditedPath = keptEdited };
    }

    /// <summary>Removes ContentLint's hook and puts back the hook it chained or replaced.</summary>
    /// <param name="workspace">The repository.</param>
    /// <param name="force">Remove ContentLint's hook even when it was edited (the edited hook is kept beside it).</param>
    public static HookInstallResult Uninstall(GitWorkspace workspace, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var folder = HookLocation.HooksFolder(workspace);
        var hookPath = Path.Combine(folder, HookName);
        if (!File.Exists(hookPath))
        {
            return new HookInstallResult(HookInstallOutcome.NotInstalled, hookPath);
        }

        var text = File.ReadAllText(hookPath);
        if (!IsOurs(text))
        {
            return new HookInstallResult(HookInstallOutcome.ForeignHookLeft, hookPath);
        }

        string? keptEdited = null;
        if (!HookScript.IsUnedited(text))
        {
            keptEdited = KeepEdited(folder, hookPath, force);
            if (keptEdited is null)
            {
                return Refused(folder, hookPath, force);
            }
        }

        File.Delete(hookPath);
        var kept = new[] { HookScript.ChainedName, HookScript.BackupName }.Select(name => Path.Combine(folder, name)).Where(File.Exists).ToList();
        if (kept.Count > 0)
        {
            File.Move(kept[0], hookPath);
        }

        return new HookInstallResult(HookInstallOutcome.Removed, hookPath) { Leftovers = kept.Skip(1).ToList(), KeptEditedPath = keptEdited };
    }

    /// <summary>
    /// With <paramref name="force"/>, copies an edited hook of ContentLint's to <see cref="HookScript.EditedName"/>
    /// before it is rewritten or removed, and returns that path; null when not forced, or when a copy kept earlier is
    /// there (it is never overwritten: that would lose someone's edits after all).
    /// </summary>
    private static string? KeepEdited(string folder, string hookPath, bool force)
    {
        var kept = Path.Combine(folder, HookScript.EditedName);
        if (!force || File.Exists(kept))
        {
            return null;
        }

        File.Copy(hookPath, kept);
        return kept;
    }

    private static HookInstallResult Refused(string folder, string hookPath, bool force) =>
        force
            ? new HookInstallResult(HookInstallOutcome.RefusedKeptHookExists, Path.Combine(folder, HookScript.EditedName))
            : new HookInstallResult(HookInstallOutcome.RefusedEditedHook, hookPath);

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
