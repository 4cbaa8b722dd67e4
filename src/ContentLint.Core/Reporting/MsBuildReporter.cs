using System.Globalization;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Reporting;

/// <summary>
/// MSBuild canonical lines, <c>origin(line,col,endLine,endCol): category code: text</c>, which Visual Studio,
/// VS Code's <c>$msCompile</c> matcher and setup-dotnet's problem matcher all parse.
/// </summary>
public sealed class MsBuildReporter : IReporter
{
    public void Write(ScanReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var diagnostic in report.Diagnostics)
        {
            output.WriteLine(Format(diagnostic));
        }
    }

    /// <summary>One canonical line for <paramref name="diagnostic"/>.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        // A line break would end the canonical line early: messages are single-line by construction (a shown match
        // that crosses lines reads best with a space), and a file name may hold any character, so both are escaped.
        var message = PrintableText.Escape(CommitNote.Append(diagnostic).ReplaceLineEndings(" "));
        var path = PrintableText.Escape(diagnostic.Path);
        // One string per line: the location is written into it, not made a string of its own first.
        return diagnostic.Range is { } r
            ? string.Create(CultureInfo.InvariantCulture, $"{path}({r.StartLine},{r.StartColumn},{r.EndLine},{r.EndColumn}): {Category(diagnostic.Severity)} {diagnostic.Code}: {message}")
            : $"{path}: {Category(diagnostic.Severity)} {diagnostic.Code}: {message}";
    }

    private static string Category(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
