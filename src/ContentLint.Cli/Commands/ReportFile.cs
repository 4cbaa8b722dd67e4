using System.Text;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Reporting;

namespace ContentLint.Cli.Commands;

/// <summary>
/// Writes a file named on the command line (<c>--json FILE</c>, <c>--sarif</c>, <c>--summary</c>, <c>baseline -o</c>).
/// The text goes to a new file in the same folder, which is then renamed over the path. A rename replaces whatever
/// is at the path itself, so a symbolic link there (one committed to the repository, say) is replaced by the report
/// instead of being followed to overwrite its target; and a reader never sees half a report (docs/output-formats.md).
/// </summary>
internal static class ReportFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, IReporter reporter, ScanReport report) => Write(path, writer => reporter.Write(report, writer));

    /// <exception cref="IOException">The file cannot be written; the message names the path only, and CliApp turns it into exit code 2.</exception>
    public static void Write(string path, Action<TextWriter> write)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath) ?? throw new IOException($"{path}: not a file path");
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // CreateNew never opens an existing file or follows a link planted at the temporary name.
            using (var writer = new StreamWriter(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write), Utf8))
            {
                write(writer);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
