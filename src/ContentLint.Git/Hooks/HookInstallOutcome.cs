namespace ContentLint.Git.Hooks;

/// <summary>What <c>hook install</c> or <c>hook uninstall</c> did.</summary>
public enum HookInstallOutcome
{
    /// <summary>The hook was written (first install).</summary>
    Installed,

    /// <summary>ContentLint's hook was already there and was rewritten (same result: idempotent).</summary>
    Updated,

    /// <summary>A foreign hook was kept and is now run before ContentLint (<c>--chain</c>).</summary>
    Chained,

    /// <summary>A foreign hook was replaced and kept as a backup (<c>--force</c>).</summary>
    Replaced,

    /// <summary>Nothing written: a foreign hook exists (needs <c>--chain</c> or <c>--force</c>).</summary>
    RefusedForeignHook,

    /// <summary>Nothing written: the file that would keep the foreign hook already keeps another one.</summary>
    RefusedKeptHookExists,

    /// <summary>
    /// Nothing written or removed: ContentLint's hook was edited since it was installed (needs <c>--force</c>, which
    /// keeps the edited hook as <c>pre-commit.contentlint-edited</c>).
    /// </summary>
    RefusedEditedHook,

    /// <summary>Nothing written: a hook manager owns the hooks (advice printed instead).</summary>
    RefusedHookManager,

    /// <summary>ContentLint's hook was removed (and a chained or backed-up hook restored).</summary>
    Removed,

    /// <summary>Uninstall found no hook of ContentLint's.</summary>
    NotInstalled,

    /// <summary>Uninstall found a hook that is not ContentLint's and left it alone.</summary>
    ForeignHookLeft,
}
