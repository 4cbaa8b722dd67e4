namespace ContentLint.Git.Hooks;

/// <summary>The outcome of an install or uninstall, the hook file concerned, and the hook manager found (if any).</summary>
public sealed record HookInstallResult(HookInstallOutcome Outcome, string HookPath, HookManager Manager = HookManager.None)
{
    /// <summary>Kept hooks that uninstall could not put back (only one hook can be <c>pre-commit</c>).</summary>
    public IReadOnlyList<string> Leftovers { get; init; } = [];

    /// <summary>Where an edited hook of ContentLint's was kept when <c>--force</c> rewrote or removed it, or null.</summary>
    public string? KeptEditedPath { get; init; }
}
