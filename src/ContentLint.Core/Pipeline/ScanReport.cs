using ContentLint.Core.Model;

namespace ContentLint.Core.Pipeline;

/// <summary>The outcome of a whole scan, as every reporter receives it.</summary>
/// <param name="Diagnostics">All diagnostics, in <see cref="DiagnosticOrder"/>.</param>
/// <param name="FilesScanned">Files scanned (in whole or in part).</param>
/// <param name="FilesNotScanned">Files that could not be scanned.</param>
/// <param name="HadToolError">True when ContentLint itself failed somewhere (exit code 2).</param>
public sealed record ScanReport(IReadOnlyList<Diagnostic> Diagnostics, int FilesScanned, int FilesNotScanned, bool HadToolError)
{
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    /// <summary>The exit code of CONTRACT §2: 2 for the tool's own errors, 1 for findings at or above <paramref name="failOn"/>, else 0.</summary>
    public int ExitCode(FailOn failOn)
    {
        if (HadToolError)
        {
            return 2;
        }

        if (failOn == FailOn.Never)
        {
            return 0;
        }

        var threshold = failOn switch
        {
            FailOn.Warning => Severity.Warning,
            FailOn.Note => Severity.Note,
            _ => Severity.Error,
        };
        return Diagnostics.Any(d => d.Severity >= threshold) ? 1 : 0;
    }
}
