namespace ContentLint.Git.Hooks;

/// <summary>
/// The POSIX <c>sh</c> pre-commit hook. It calls the installed binary directly (a local-tool launch through
/// <c>dotnet tool run</c> costs about 250 ms more), falls back to <c>contentlint</c> on PATH, then to the repository's
/// local tool manifest, and fails closed when none is found: a PHI guard that silently passes is worse than none.
/// </summary>
internal static class HookScript
{
    /// <summary>The line that marks a hook as ContentLint's own; uninstall removes only hooks that carry it.</summary>
    public const string Marker = "# contentlint-managed-hook";

    /// <summary>A hook that was there before, kept and run first when installing with <c>--chain</c>.</summary>
    public const string ChainedName = "pre-commit.contentlint-chained";

    /// <summary>A hook that was replaced with <c>--force</c>, kept so uninstall can put it back.</summary>
    public const string BackupName = "pre-commit.contentlint-backup";

    public static string Create(string? toolPath) => $$"""
        #!/bin/sh
        {{Marker}} v1
        # Installed by 'contentlint hook install'; remove it with 'contentlint hook uninstall'.
        # Scans exactly what is staged (the index, not the working tree) for PHI and missing patient consent.

        hook_dir=$(dirname "$0")
        if [ -x "$hook_dir/{{ChainedName}}" ]; then
          "$hook_dir/{{ChainedName}}" "$@" || exit $?
        fi

        contentlint_bin={{Quote(toolPath ?? string.Empty)}}
        if [ -n "$contentlint_bin" ] && [ -x "$contentlint_bin" ]; then
          set -- "$contentlint_bin"
        elif command -v contentlint >/dev/null 2>&1; then
          set -- contentlint
        elif grep -qis '"contentlint"' .config/dotnet-tools.json dotnet-tools.json; then
          set -- dotnet tool run contentlint
        else
          echo "contentlint: the pre-commit hook cannot find the contentlint tool." >&2
          echo "  Install it (dotnet tool install -g ContentLint) or remove the hook (contentlint hook uninstall)." >&2
          exit 1
        fi

        "$@" scan --staged
        status=$?
        if [ "$status" -eq 1 ]; then
          cat >&2 <<'ADVICE'

        contentlint: commit blocked: the staged content above may contain protected health information (PHI)
        or lacks patient consent. What to do next:
          - fix it: remove or de-identify the identifier, then 'git add' the file again;
          - if it is not PHI (e.g. the practice's own details), suppress it with a reason:
              <!-- contentlint-disable-next-line PHI004 -- the clinic's front desk number -->
            or add the value to organization/staff/allow in .contentlint.yml;
          - if the patient agreed in writing, add the consent block to the page's front matter
            (see 'contentlint explain CON001');
          - in an emergency only: git commit --no-verify (CI will still check the change).
        Run 'contentlint explain RULE' for what a rule means and how to fix it.
        ADVICE
        elif [ "$status" -ne 0 ]; then
          echo "contentlint: the scan failed (exit code $status); the commit was not made. See the message above." >&2
        fi
        exit "$status"

        """;

    /// <summary>Single-quotes a value for <c>sh</c>: <c>'</c> becomes <c>'\''</c>.</summary>
    internal static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
