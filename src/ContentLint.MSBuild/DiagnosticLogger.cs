using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContentLint.MSBuild;

/// <summary>
/// Logs diagnostics through MSBuild with code, full file path and range, so the console logger prints canonical
/// lines and IDEs can open the file. A finding fails the build exactly when it is logged as an error, which happens
/// when its severity is at or above <c>ContentLintFailOn</c>; below it, errors and warnings are logged as warnings and
/// notes as high-importance messages (never as warnings, which a project treating warnings as errors would fail on).
/// </summary>
internal sealed class DiagnosticLogger(TaskLoggingHelper log, FailOn failOn, string repositoryRoot, RuleCatalog catalog)
{
    /// <summary>The category <paramref name="diagnostic"/> is logged with under <paramref name="failOn"/>.</summary>
    public static LogCategory CategoryOf(Diagnostic diagnostic, FailOn failOn)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);

        // ContentLint's own failure is never a matter of threshold (the command line exits 2 for it).
        if (diagnostic.Code == ToolCodes.InternalError)
        {
            return LogCategory.Error;
        }

        var threshold = failOn switch
        {
            FailOn.Warning => Severity.Warning,
            FailOn.Note => Severity.Note,
            _ => Severity.Error,
        };
        if (failOn != FailOn.Never && diagnostic.Severity >= threshold)
        {
            return LogCategory.Error;
        }

        return diagnostic.Severity == Severity.Note ? LogCategory.Message : LogCategory.Warning;
    }

    public void Log(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);

        // Diagnostics carry repository-relative paths; the log gets the full path, as compilers log it.
        var file = Path.GetFullPath(Path.Combine(repositoryRoot, diagnostic.Path));
        var range = diagnostic.Range ?? default; // zeros: MSBuild prints no position
        var helpLink = catalog.Find(diagnostic.Code)?.HelpUri.ToString();
        var message = diagnostic.Message.ReplaceLineEndings(" ");
        switch (CategoryOf(diagnostic, failOn))
        {
            case LogCategory.Error:
                log.LogError(null, diagnostic.Code, null, helpLink, file, range.StartLine, range.StartColumn, range.EndLine, range.EndColumn, message);
                break;
            case LogCategory.Warning:
                log.LogWarning(null, diagnostic.Code, null, helpLink, file, range.StartLine, range.StartColumn, range.EndLine, range.EndColumn, message);
                break;
            default:
                log.LogMessage(null, diagnostic.Code, null, file, range.StartLine, range.StartColumn, range.EndLine, range.EndColumn, MessageImportance.High, message);
                break;
        }
    }
}
