using System.Text;

namespace ContentLint.Cli;

/// <summary>
/// Standard error that first flushes the buffered standard output, so that where both streams reach one log (CI,
/// <c>2&gt;&amp;1</c>) the diagnostics still come before the summary line and errors written after them.
/// </summary>
internal sealed class FlushingErrorWriter(TextWriter error, TextWriter output) : TextWriter
{
    public override Encoding Encoding => error.Encoding;

    public override void Write(char value)
    {
        output.Flush();
        error.Write(value);
    }

    public override void Write(string? value)
    {
        output.Flush();
        error.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        output.Flush();
        error.Write(buffer, index, count);
    }

    public override void Flush()
    {
        output.Flush();
        error.Flush();
    }
}
