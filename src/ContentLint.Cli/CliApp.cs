using System.CommandLine;
using ContentLint.Cli.Commands;

namespace ContentLint.Cli;

/// <summary>The <c>contentlint</c> command line. Runs in-process with its own writers so tests can call it directly.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory) =>
        Run(args, new CliConsole(stdout, stderr, currentDirectory));

    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        console = console with { Error = new PrintableErrorWriter(console.Error) };
        var (stdout, stderr) = (console.Out, console.Error);
        var root = new RootCommand("ContentLint finds protected health information (PHI) and missing patient consent in a practice's website content.");
        root.Subcommands.Add(ScanCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(ExplainCommand.Create(console));
        root.Subcommands.Add(WhyCommand.Create(console));
        root.Subcommands.Add(InitCommand.Create(console));
        root.Subcommands.Add(BaselineCommand.Create(console));
        root.Subcommands.Add(HookCommand.Create(console));

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // Usage errors are exit code 2 (CONTRACT §2), not System.CommandLine's default 1.
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine($"contentlint: error: {error.Message}");
            }

            stderr.WriteLine("Run 'contentlint --help' for usage.");
            return ExitCodes.ToolError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ContentLint.Git.GitException ex)
        {
            stderr.WriteLine($"contentlint: error: {ex.Message}");
            return ExitCodes.ToolError;
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"contentlint: error: {ex.Message}");
            return ExitCodes.ToolError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The message names a path, never file content.
            stderr.WriteLine($"contentlint: error: {ex.Message}");
            return ExitCodes.ToolError;
        }
        catch (Exception ex)
        {
            // A bug: only the type, since a parser's message could quote content; never a stack trace.
            stderr.WriteLine($"contentlint: internal error ({ex.GetType().Name}); please report it");
            return ExitCodes.ToolError;
        }
    }
}
