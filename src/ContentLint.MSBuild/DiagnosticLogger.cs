using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Reporting;
using ContentLint.Core.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContentLint.MSBuild;

/// <summary>
/// Logs diagnostics through MSBuild with code, help link, full file path and range (start and exclusive end), so the
/// console logger prints canonical lines and IDEs can open the file; the category follows <see cref="LogCategoryPolicy"/>.
/// </summary>
internal sealed class DiagnosticLogger(TaskLoggingHelper log, FailOn failOn, string repositoryRoot, RuleCatalog catalog)
{
    public void Log(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);

        // Diagnostics carry repository-relative paths; the log gets the full path, as compilers log it. The console
        // logger prints both as they are: a line break in a file name would start a line of its own (a live workflow
        // command in CI), so control characters are escaped as the command line's msbuild format escapes them.
        var file = PrintableText.Escape(Path.GetFullPath(Path.Combine(repositoryRoot, diagnostic.Path)));
        var range = diagnostic.Range ?? default; // zeros: MSBuild prints no position
        var helpLink = catalog.Find(diagnostic.Code)?.HelpUri.ToString();
        var message = PrintableText.Escape(diagnostic.Message.ReplaceLineEndings(" "));
        switch (LogCategoryPolicy.For(diagnostic, failOn))
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
