using System.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Config;

/// <summary>Finds, reads and strictly validates <c>.contentlint.yml</c>. Every failure is a <see cref="ConfigException"/>.</summary>
public static class ConfigLoader
{
    /// <summary>The configuration file names, in order of preference within one folder.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [".contentlint.yml", ".contentlint.yaml"];

    // A configuration is a few hundred lines at most; refusing huge files keeps a hostile one from exhausting memory.
    private const long MaxFileBytes = 1024 * 1024;

    /// <summary>
    /// Loads the configuration file at <paramref name="path"/>; globs become relative to its folder and errors name
    /// <paramref name="path"/> as given.
    /// </summary>
    /// <exception cref="ConfigException">The file cannot be read or is not a valid configuration.</exception>
    public static ContentLintConfig Load(string path, IReadOnlySet<string> knownRuleIds)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        string text;
        try
        {
            if (new FileInfo(fullPath).Length > MaxFileBytes)
            {
                throw new ConfigException(path, null, null, null, "the configuration file is larger than 1 MB");
            }

            text = File.ReadAllText(fullPath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw new ConfigException(path, null, null, null, $"cannot read the configuration file ({Describe(ex)})", ex);
        }

        return Parse(text, path, Path.GetDirectoryName(fullPath) ?? fullPath, knownRuleIds);
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

    private static string Describe(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "file not found",
        DecoderFallbackException => "not valid UTF-8",
        _ => "I/O error",
    };
}
