using System.Globalization;
using System.Text;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per diagnostic (<c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=PHI004::…</c>),
/// escaped exactly as <c>@actions/core</c> escapes them. GitHub turns only the first few into annotations, so when a scan
/// has more, a notice says how many there are and where to read them all.
/// </summary>
public sealed class GitHubReporter : IReporter
{
    /// <summary>Annotations GitHub shows per step for each of error, warning and notice.</summary>
    public const int StepLimitPerLevel = 10;

    /// <summary>Annotations GitHub shows per job.</summary>
    public const int JobLimit = 50;

    public void Write(ScanReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        // The count goes first: after more than 10 notes, a trailing notice would itself be cut off by the limit.
        if (LimitNotice(report) is { } notice)
        {
            output.WriteLine(notice);
        }

        foreach (var diagnostic in report.Diagnostics)
        {
            output.WriteLine(Format(diagnostic));
        }
    }

    /// <summary>The workflow command for <paramref name="diagnostic"/>.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var properties = new StringBuilder();
        properties.Append("file=").Append(EscapeProperty(diagnostic.Path));
        if (diagnostic.Range is { } r)
        {
            properties.Append(CultureInfo.InvariantCulture, $",line={r.StartLine}");
            // GitHub accepts columns only on a single-line annotation (the toolkit documents the same restriction).
            if (r.StartLine == r.EndLine)
            {
                properties.Append(CultureInfo.InvariantCulture, $",col={r.StartColumn},endLine={r.EndLine},endColumn={r.EndColumn}");
            }
            else
            {
                properties.Append(CultureInfo.InvariantCulture, $",endLine={r.EndLine}");
            }
        }

        properties.Append(",title=").Append(EscapeProperty(diagnostic.Code));
        return $"::{Command(diagnostic.Severity)} {properties}::{EscapeData(CommitNote.Append(diagnostic))}";
    }

    /// <summary>The notice that counts every diagnostic, or null when GitHub can show them all as annotations.</summary>
    public static string? LimitNotice(ScanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        int errors = report.Count(Severity.Error), warnings = report.Count(Severity.Warning), notes = report.Count(Severity.Note);
        var total = report.Diagnostics.Count;
        if (errors <= StepLimitPerLevel && warnings <= StepLimitPerLevel && notes <= StepLimitPerLevel && total <= JobLimit)
        {
            return null;
        }

        var text = string.Create(CultureInfo.InvariantCulture,
            $"ContentLint reported {total} diagnostics ({errors} errors, {warnings} warnings, {notes} notes). GitHub shows at most {StepLimitPerLevel} annotations of each level per step and {JobLimit} per job; this step's log lists all of them, and so does the job summary written with --format summary.");
        return $"::notice title=ContentLint::{EscapeData(text)}";
    }

    /// <summary>
    /// The message part of a workflow command, as the toolkit's <c>escapeData</c>; then the control characters the
    /// runner has no escape for (ESC, tab, ...) as <see cref="PrintableText"/> writes them, so none reaches the log raw.
    /// </summary>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return PrintableText.Escape(value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal));
    }

    /// <summary>A property value of a workflow command, as the toolkit's <c>escapeProperty</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };
}
