using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;

namespace ContentLint.MSBuild;

/// <summary>
/// A finding fails the build exactly when it is logged as an error, which happens when its severity is at or above
/// <c>ContentLintFailOn</c>. Below it, errors and warnings are logged as warnings and notes as high-importance
/// messages: never as warnings, which a project that treats warnings as errors would fail on.
/// </summary>
internal static class LogCategoryPolicy
{
    /// <summary>The category <paramref name="diagnostic"/> is logged with under <paramref name="failOn"/>.</summary>
    public static LogCategory For(Diagnostic diagnostic, FailOn failOn)
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
}
