namespace ContentLint.Core.Config;

/// <summary>
/// A configuration file that cannot be used. <see cref="Exception.Message"/> is one MSBuild-canonical line,
/// <c>{file}({line},{column}): error CL0002: {problem} at '{key}'</c>, and never quotes a configured value that
/// could be PHI. The command line maps it to exit code 2.
/// </summary>
public sealed class ConfigException : Exception
{
    /// <summary>The code of every configuration error.</summary>
    public const string Code = "CL0002";

    /// <summary>Creates the exception and its canonical message.</summary>
    public ConfigException(string filePath, int? line, int? column, string? key, string problem, Exception? innerException = null)
        : base(Format(filePath, line, column, key, problem), innerException)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Key = key;
        Problem = problem;
    }

    internal ConfigException(string filePath, YamlDotNet.Core.Mark mark, string? key, string problem, Exception? innerException = null)
        : this(filePath, ToInt(mark.Line), ToInt(mark.Column), key, problem, innerException)
    {
    }

    /// <summary>The configuration file as displayed to the user.</summary>
    public string FilePath { get; }

    /// <summary>1-based line of the problem, or null when it concerns the whole file (e.g. unreadable).</summary>
    public int? Line { get; }

    /// <summary>1-based column of the problem, or null when <see cref="Line"/> is null.</summary>
    public int? Column { get; }

    /// <summary>The dotted key path, e.g. <c>organization.phones[2]</c> (0-based indexes), or null.</summary>
    public string? Key { get; }

    /// <summary>What is wrong, without file, position or key.</summary>
    public string Problem { get; }

    private static int ToInt(long value) => (int)Math.Clamp(value, 1, int.MaxValue);

    private static string Format(string filePath, int? line, int? column, string? key, string problem)
    {
        var position = line is { } l ? $"({l},{column ?? 1})" : string.Empty;
        var where = key is null ? string.Empty : $" at '{key}'";
        return $"{filePath}{position}: error {Code}: {problem}{where}";
    }
}
