using System.Text;
using ContentLint.Core.Reporting;

namespace ContentLint.Cli;

/// <summary>
/// Standard error with every control character and line separator escaped (<see cref="PrintableText"/>), except the
/// line ends written by <c>WriteLine</c>. Errors name paths and arguments, which may hold any character: raw, a line
/// break would start a live GitHub workflow command in the log and ESC would drive the terminal.
/// </summary>
internal sealed class PrintableErrorWriter(TextWriter error) : TextWriter
{
    /// <summary>The writer underneath, for the progress line's own carriage returns (it prints nothing from content).</summary>
    public TextWriter Unescaped => error;

    public override Encoding Encoding => error.Encoding;

    public override void Write(char value) => error.Write(PrintableText.Escape(value.ToString()));

    public override void Write(string? value) => error.Write(value is null ? null : PrintableText.Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    // TextWriter writes line ends through Write: these two keep them as line ends. Every other WriteLine overload
    // ends in one of them.
    public override void WriteLine() => error.WriteLine();

    public override void WriteLine(string? value)
    {
        Write(value);
        error.WriteLine();
    }

    public override void Flush() => error.Flush();
}
