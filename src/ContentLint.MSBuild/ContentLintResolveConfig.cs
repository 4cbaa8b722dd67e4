using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContentLint.MSBuild;

/// <summary>
/// Names the configuration file a project's scan will use, so the targets can list it among the scan's inputs: an
/// edited <c>.contentlint.yml</c> makes the next build scan again. Cheap: no parsing, only file lookups.
/// </summary>
public sealed class ContentLintResolveConfig : Microsoft.Build.Utilities.Task
{
    /// <summary>The project's folder, where discovery starts.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The <c>ContentLintConfig</c> property: an explicit configuration file, or empty to discover one.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The full path of the configuration file, or empty when the defaults apply.</summary>
    [Output]
    public string ConfigPath { get; private set; } = string.Empty;

    public override bool Execute()
    {
        ConfigPath = ConfigResolution.Find(ProjectDirectory, ConfigFile) ?? string.Empty;
        Log.LogMessage(MessageImportance.Low, "ContentLint configuration: {0}", ConfigPath.Length == 0 ? "(defaults)" : ConfigPath);
        return true;
    }
}
