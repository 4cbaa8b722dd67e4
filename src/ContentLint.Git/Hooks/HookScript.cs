using System.Security.Cryptography;
using System.Text;

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

    /// <summary>A hook kept when an edited hook of ContentLint's is refreshed or removed with <c>--force</c>; never restored by itself.</summary>
    public const string EditedName = "pre-commit.contentlint-edited";

    /// <summary>
    /// Starts the line that records the SHA-256 of the rest of the script as written, so that a later install or
    /// uninstall can tell a hook it may rewrite from one a person has edited (whichever version of ContentLint wrote it).
    /// </summary>
    private const string ChecksumPrefix = "# contentlint-hook-sha256 ";

    /// <summary>The hook script, calling <paramref name="toolPath"/> when given, with its checksum line after the marker.</summary>
    public static string Create(string? toolPath)
    {
        var script = Script(toolPath);
        var afterMarker = script.IndexOf('\n', script.IndexOf(Marker, StringComparison.Ordinal)) + 1;
        return script.Insert(afterMarker, ChecksumPrefix + Sha256(script) + "\n");
    }

    /// <summary>
    /// True when <paramref name="hookText"/> is exactly as ContentLint wrote it: its checksum line matches the rest.
    /// A hook without one (or with one that does not match) has been edited, or was not written this way.
    /// </summary>
    public static bool IsUnedited(string hookText)
    {
        ArgumentNullException.ThrowIfNull(hookText);
        var start = hookText.IndexOf("\n" + ChecksumPrefix, StringComparison.Ordinal) + 1;
        var end = start > 0 ? hookText.IndexOf('\n', start) : -1;
        if (end < 0)
        {
            return false;
        }

        var recorded = hookText[(start + ChecksumPrefix.Length)..end];
        return string.Equals(recorded, Sha256(hookText.Remove(start, end + 1 - start)), StringComparison.Ordinal);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Script(string? toolPath) => $$"""
        #!/bin/sh
        {{Marker}} v1
        # Installed by 'contentlint hook install'; remove it with 'contentlint hook uninstall'.
        # Scans exactly what is staged (the index, not the working tree) for PHI and missing patient consent.

        hook_dir=$(dirname "$0")
        if [ -x "$hook_dir/{{ChainedName}}" ]; then
          "$hook_dir/{{ChainedName}}" "$@" || exit $?
        fi

        contentlint_bin={{Quote(toolPath ?? string.Empty)}}
        local_tool=
        if [ -n "$contentlint_bin" ] && [ -x "$contentlint_bin" ]; then
          set -- "$contentlint_bin"
        elif command -v contentlint >/dev/null 2>&1; then
          set -- contentlint
        elif command -v dotnet >/dev/null 2>&1 && grep -qis '"contentlint"' .config/dotnet-tools.json dotnet-tools.json; then
          set -- dotnet tool run contentlint
          local_tool=1
        else
          echo "contentlint: the pre-commit hook cannot find the contentlint tool." >&2
          echo "  Install it (dotnet tool install -g ContentLint) or remove the hook (contentlint hook uninstall)." >&2
          exit 1
        fi

        "$@" scan --staged
        status=$?
        # dotnet exits 1 for a local tool it cannot run (not restored), as ContentLint does for findings: when the
        # tool itself cannot even print its version, nothing was scanned, and the advice must say so.
        if [ "$status" -ne 0 ] && [ -n "$local_tool" ] && ! dotnet tool run contentlint --version >/dev/null 2>&1; then
          echo "contentlint: commit blocked: the pre-commit hook could not run ContentLint, so nothing was scanned." >&2
          echo "  The tool manifest lists it, but it is not restored on this machine: run 'dotnet tool restore', then commit again." >&2
          exit 1
        fi

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
