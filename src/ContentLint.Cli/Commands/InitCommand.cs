using System.CommandLine;
using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Fingerprints;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;
using ContentLint.Core.Setup;
using ContentLint.Core.Sources;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint init [FOLDER] [--force]</c>: writes a commented starter configuration learned from the site.</summary>
internal static class InitCommand
{
    private const long MaxSiteConfigBytes = 1 << 20;

    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string?>("folder") { Arity = ArgumentArity.ZeroOrOne, Description = "The site's root folder (default: the current folder)." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .contentlint.yml." };
        var command = new Command("init", "Write a commented starter .contentlint.yml, proposing the practice's own details found in the site.") { folder, force };
        command.SetAction(parseResult =>
        {
            var root = console.FullPath(parseResult.GetValue(folder) ?? ".");
            if (!Directory.Exists(root))
            {
                throw new UsageException($"{root}: folder not found");
            }

            var target = Path.Combine(root, ".contentlint.yml");
            if (File.Exists(target) && !parseResult.GetValue(force))
            {
                throw new UsageException($"{target} already exists; use --force to overwrite it");
            }

            var rootNames = Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var generator = SiteGenerator.Detect(rootNames);
            var pages = ReadPages(root, generator);
            var siteConfig = ReadSiteConfig(root, generator);
            var starter = new SiteSurvey(DetectorRegistry.CreateAll(RuleCatalog.Default)).Survey(generator, pages, siteConfig);
            File.WriteAllText(target, StarterConfigWriter.Write(starter));

            // Counts only: a proposal could still be a patient's detail until someone reviews it.
            console.Out.WriteLine($"Wrote {target} (site generator: {generator.Name}; {pages.Count} pages read).");
            console.Out.WriteLine($"Proposed for review: {starter.Names.Count} names, {starter.Phones.Count} phones, {starter.Faxes.Count} faxes, "
                + $"{starter.Emails.Count} e-mails, {starter.Domains.Count} domains, {starter.Staff.Count} staff, {starter.ConsentPaths.Count} consent paths.");
            console.Out.WriteLine("Open the file, check every line marked 'review', and add privacy_reviewers.");

            // The key makes fingerprints the same for everyone and every CI run; --force never replaces it, since
            // that would change every fingerprint and orphan every baseline entry.
            var repositoryRoot = RepositoryLocator.FindRoot(root) ?? root;
            if (FingerprintKey.CreateIfMissing(repositoryRoot))
            {
                console.Out.WriteLine($"Wrote {Path.Combine(repositoryRoot, FingerprintKey.RelativePath)} (the fingerprint key: commit it; see docs/sarif.md).");
            }
            return ExitCodes.Clean;
        });
        return command;
    }

    private static List<SourceFile> ReadPages(string root, SiteGenerator generator)
    {
        var config = ContentLintConfig.Default(root) with
        {
            Include = Compile(generator.Include.Where(g => !g.EndsWith(".astro", StringComparison.Ordinal))),
            Exclude = Compile(generator.Exclude),
        };
        return [.. new WorkingTreeWalker().Walk(root, [], config)
            .Where(item => item.FullPath is not null)
            .Select(item => SourceFileReader.Read(item.FullPath!, item.RelativePath))
            .Where(read => read.Succeeded)
            .Select(read => read.File!)];
    }

    private static List<SourceFile> ReadSiteConfig(string root, SiteGenerator generator)
    {
        var files = new List<SourceFile>();
        foreach (var pattern in generator.SiteConfigFiles)
        {
            var paths = pattern.EndsWith("/**", StringComparison.Ordinal)
                ? Directory.Exists(Path.Combine(root, pattern[..^3])) ? Directory.EnumerateFiles(Path.Combine(root, pattern[..^3]), "*", SearchOption.AllDirectories) : []
                : File.Exists(Path.Combine(root, pattern)) ? [Path.Combine(root, pattern)] : (IEnumerable<string>)[];
            foreach (var path in paths.Where(p => new FileInfo(p).Length <= MaxSiteConfigBytes))
            {
                var read = SourceFileReader.Read(path, Path.GetRelativePath(root, path).Replace('\\', '/'));
                if (read.Succeeded)
                {
                    files.Add(read.File);
                }
            }
        }

        return files;
    }

    private static List<GlobPattern> Compile(IEnumerable<string> globs) =>
        [.. globs.Select(g => GlobPattern.TryParse(g, out var glob, out _) ? glob! : throw new InvalidOperationException($"built-in glob {g}"))];
}
