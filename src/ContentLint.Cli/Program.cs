using System.Text;
using ContentLint.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, new CliConsole(Console.Out, Console.Error, Environment.CurrentDirectory)
{
    ErrorIsTerminal = !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
});
