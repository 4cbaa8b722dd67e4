using ContentLint.Core.Sources;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Config;

/// <summary>Finds, reads and strictly validates <c>.contentlint.yml</c>. Every failure is a <see cref="ConfigException"/>.</summary>
public static class ConfigLoader
{
    /// <summary>The configuration file names, in order of preference within one folder.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [".contentlint.yml", ".contentlint.yaml"];

    /// <summary>
    /// The largest configuration file read (1 MiB). A configuration is a few hundred lines at most; the cap keeps a
    /// hostile one (or <c>/dev/zero</c>) from exhausting memory.
    /// </summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>
    /// Loads the configuration file at <paramref name="path"/>; globs become relative to its folder and errors name
    /// <paramref name="path"/> as given. Only a regular file of at most <see cref="MaxFileBytes"/> is read, and a
    /// configuration inside a repository that is a symbolic link leaving it is refused (a committed
    /// <c>.contentlint.yml</c> pointing at <c>/etc/shadow</c> must not be read, let alone quoted).
    /// </summary>
    /// <exception cref="ConfigException">The file cannot be read or is not a valid configuration.</exception>
    public static ContentLintConfig Load(string path, IReadOnlySet<string> knownRuleIds)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        if (LinkProblem(fullPath) is { } linkProblem)
        {
            throw new ConfigException(path, null, null, null, linkProblem);
        }

        var text = BoundedFileReader.TryRead(fullPath, MaxFileBytes, out var problem)
            ?? throw new ConfigException(path, null, null, null, $"cannot read the configuration file ({problem})");
        return Parse(text, path, Path.GetDirectoryName(fullPath) ?? fullPath, knownRuleIds) with { FullPath = fullPath };
    }

    /// <summary>Parses configuration text; an empty document yields the defaults with <c>SourcePath</c> set.</summary>
    /// <param name="yamlText">The YAML.</param>
    /// <param name="displayPath">How errors name the file.</param>
    /// <param name="baseDirectory">The folder globs are relative to (the configuration file's folder).</param>
    /// <param name="knownRuleIds">Rule IDs accepted under <c>rules:</c>.</param>
    /// <exception cref="ConfigException">The text is not a valid configuration.</exception>
    public static ContentLintConfig Parse(string yamlText, string displayPath, string baseDirectory, IReadOnlySet<string> knownRuleIds)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(knownRuleIds);
        var config = ContentLintConfig.Default(baseDirectory) with { SourcePath = displayPath };
        var root = ConfigYamlReader.ReadRoot(yamlText, displayPath);
        var reader = new ConfigNodeReader(displayPath);
        return root switch
        {
            null => config,
            YamlMappingNode mapping => new ConfigBinder(reader, knownRuleIds).Bind(mapping, config),
            _ => throw reader.Error(root, null, $"the configuration must be a mapping of keys, found {YamlValues.Describe(root)}"),
        };
    }

    /// <summary>
    /// The nearest <c>.contentlint.yml</c> (or <c>.contentlint.yaml</c>) in <paramref name="startDirectory"/> or a folder
    /// above it, never looking above <paramref name="stopAtDirectory"/> (the repository root); with no stop folder the
    /// search goes up to the filesystem root. Null when there is none.
    /// </summary>
    public static string? Discover(string startDirectory, string? stopAtDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(startDirectory);
        var stop = stopAtDirectory is null ? null : PathText.Normalize(stopAtDirectory);
        for (var dir = PathText.Normalize(startDirectory); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            if (stop is not null && PathText.Equals(dir, stop))
            {
                break;
            }
        }

        return null;
    }

    // Outside a repository there is nothing to leave; inside one, the file must resolve to a path inside it.
    private static string? LinkProblem(string fullPath)
    {
        if (Path.GetDirectoryName(fullPath) is not { } folder || RepositoryLocator.FindRoot(folder) is not { } root)
        {
            return null;
        }

        var real = LinkResolver.RealPath(fullPath);
        var rootReal = LinkResolver.RealPath(root) ?? root;
        return real is null ? "the configuration file is a symbolic link loop"
            : !PathText.IsAtOrBelow(real, rootReal) ? "the configuration file is a symbolic link that leaves the repository; not followed"
            : null;
    }
}
