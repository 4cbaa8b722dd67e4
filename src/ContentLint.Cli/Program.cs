using System.Text;
using ContentLint.Cli;

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.OutputEncoding = utf8;

// Redirected output (a file, a pipe, CI logs) is written in large blocks: Console.Out flushes every line, which is one
// write call per diagnostic. On a terminal, lines still appear as they are written.
var output = Console.IsOutputRedirected ? new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) : Console.Out;
var error = Console.IsOutputRedirected ? new FlushingErrorWriter(Console.Error, output) : Console.Error;
try
{
    return CliApp.Run(args, new CliConsole(output, error, Environment.CurrentDirectory)
    {
        ErrorIsTerminal = !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
    });
}
finally
{
    output.Flush();
}
