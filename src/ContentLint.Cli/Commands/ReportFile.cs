using System.Text;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Reporting;

namespace ContentLint.Cli.Commands;

/// <summary>Writes a report to a file named on the command line (<c>--json FILE</c>), beside the one on stdout.</summary>
internal static class ReportFile
{
    public static void Write(string path, IReporter reporter, ScanReport report)
    {
        if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // An IOException here names the path only; CliApp turns it into exit code 2.
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        reporter.Write(report, writer);
    }
}
