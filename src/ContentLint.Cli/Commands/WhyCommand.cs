using System.CommandLine;
using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Images;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;
using ContentLint.Core.Sources;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint why FILE[:LINE]</c>: scans one page as <c>scan</c> would and explains it: the page's kind and its
/// evidence, each finding's rule, severity, confidence and reason, and the page's consent verdict (docs/why.md). It
/// explains, it does not gate: exit 0 whenever it ran, 2 for a usage or tool error.
/// </summary>
internal static class WhyCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new Argument<string>("target") { Description = "The page to explain, optionally with a line: FILE or FILE:LINE.", HelpName = "FILE[:LINE]" };
        var format = new Option<string>("--format") { Description = "Output format on stdout.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var config = new Option<string?>("--config") { Description = "Configuration file (default: nearest .contentlint.yml upward from the file's folder)." };
        var showMatches = new Option<bool>("--show-matches") { Description = "Print the matched text in messages (local use only: never in CI logs)." };
        var today = new Option<string?>("--today") { Description = "The date consent expiry is judged against, YYYY-MM-DD (default: today)." };
        var command = new Command("why", "Explain one page: its kind and evidence, and why each finding on it (or on one line) was raised.")
        {
            target, format, config, showMatches, today,
        };
        command.SetAction(parseResult =>
        {
            var parsed = WhyTarget.Parse(parseResult.GetValue(target) ?? string.Empty, path => File.Exists(console.FullPath(path)));
            var request = new WhyRequest(
                parsed.Path,
                console.FullPath(parsed.Path),
                parsed.Line,
                parseResult.GetValue(format) ?? "text",
                parseResult.GetValue(config) is { } configPath ? console.FullPath(configPath) : null,
                parseResult.GetValue(showMatches),
                ScanCommand.ParseToday(parseResult.GetValue(today)));
            return Execute(console, request);
        });
        return command;
    }

    private static int Execute(CliConsole console, WhyRequest request)
    {
        if (!File.Exists(request.FullPath))
        {
            throw new UsageException(Directory.Exists(request.FullPath)
                ? $"{request.Given}: is a folder; 'why' explains one file (use 'scan' for a folder)"
                : $"{request.Given}: the file does not exist");
        }

        var folder = Path.GetDirectoryName(request.FullPath) ?? console.CurrentDirectory;
        var foundRoot = RepositoryLocator.FindRoot(folder);
        var repositoryRoot = foundRoot ?? folder;
        var catalog = RuleCatalog.Default;
        ContentLintConfig config;
        try
        {
            config = GlobBase.Choose(ScanCommand.LoadConfig(request.ConfigPath, folder, foundRoot, repositoryRoot, catalog), folder, repositoryRoot);
        }
        catch (ConfigException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.ToolError;
        }

        var (item, selected) = Select(repositoryRoot, request.FullPath, config);
        if (ImageFiles.IsImagePath(item.RelativePath))
        {
            throw new UsageException($"{item.RelativePath}: 'why' explains a Markdown or HTML page; 'contentlint scan {item.RelativePath}' reports an image's findings");
        }

        var input = ScanInput.FromWalkItem(item);
        if (input.File is not { } file)
        {
            console.Error.WriteLine($"contentlint: error: {input.Path}: {input.Problem}");
            return ExitCodes.ToolError;
        }

        var options = new ScanOptions(config, catalog, request.ShowMatches)
        {
            Today = request.Today,
            RepositoryRoot = repositoryRoot,
            Images = config.Images.Count > 0 ? new WorkingTreeImageSource(repositoryRoot) : null,
        };
        var scanner = new Scanner(options, DetectorRegistry.CreateAll(catalog));
        var result = scanner.Scan(file, SiteRosterOf(scanner, repositoryRoot, config));
        if (result.InternalError)
        {
            foreach (var problem in result.Diagnostics)
            {
                console.Error.WriteLine($"contentlint: error: {problem.Path}: {problem.Message}");
            }

            return ExitCodes.ToolError;
        }

        var explanation = new WhyExplanation(result, request.Line, selected, LineCount(file.Text), catalog);
        if (request.Format == "json")
        {
            WhyJsonWriter.Write(explanation, console.Out);
        }
        else
        {
            WhyTextWriter.Write(explanation, console.Out);
        }

        return ExitCodes.Clean;
    }

    /// <summary>
    /// What the site says about itself (its team pages' clinicians, its contact pages' details), learned from the
    /// pages a scan of the whole repository reads, so that the page is judged as that scan judges it.
    /// </summary>
    private static Core.Model.SiteRoster SiteRosterOf(Scanner scanner, string repositoryRoot, ContentLintConfig config)
    {
        var pages = new WorkingTreeWalker().Walk(repositoryRoot, [repositoryRoot], config)
            .Where(i => i.Kind == WalkItemKind.File && !ImageFiles.IsImagePath(i.RelativePath))
            .ToList();
        return ScanRunner.LearnRoster(scanner, pages, ScanInput.FromWalkItem);
    }

    /// <summary>
    /// The file as <c>scan FILE</c> would walk it (a path outside the repository is a usage error). A file that
    /// <c>exclude</c> or <c>.gitignore</c> leaves out is still explained, with <c>selected</c> false so that the output
    /// says <c>scan</c> skips it.
    /// </summary>
    private static (WalkItem Item, bool Selected) Select(string repositoryRoot, string fullPath, ContentLintConfig config)
    {
        var items = new WorkingTreeWalker().Walk(repositoryRoot, [fullPath], config).ToList();
        if (items.FirstOrDefault(i => i.Kind == WalkItemKind.InvalidArgument) is { } invalid)
        {
            throw new UsageException($"{invalid.RelativePath}: {invalid.Message}");
        }

        if (items.FirstOrDefault(i => i.Kind == WalkItemKind.Problem) is { } problem)
        {
            throw new IOException($"{problem.RelativePath}: {problem.Message}");
        }

        return items.FirstOrDefault(i => i.Kind == WalkItemKind.File) is { } file
            ? (file, true)
            : (WalkItem.File(fullPath, Path.GetRelativePath(repositoryRoot, fullPath).Replace('\\', '/')), false);
    }

    /// <summary>Lines as editors number them: a final line break ends the last line, it does not start another.</summary>
    private static int LineCount(string text) =>
        text.Length == 0 ? 0 : text.AsSpan().Count('\n') + (text.EndsWith('\n') ? 0 : 1);

    // Given: the FILE as the user wrote it, for messages.
    private sealed record WhyRequest(string Given, string FullPath, int? Line, string Format, string? ConfigPath, bool ShowMatches, DateOnly Today);
}
