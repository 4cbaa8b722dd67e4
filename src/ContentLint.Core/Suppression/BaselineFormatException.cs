using ContentLint.Core.Model;

namespace ContentLint.Core.Suppression;

/// <summary>
/// A baseline file that cannot be used. <see cref="Exception.Message"/> is one canonical line,
/// <c>{file}({line},1): error CL0003: {problem}</c>, that never quotes the file's lines. Exit code 2.
/// </summary>
public sealed class BaselineFormatException : Exception
{
    public BaselineFormatException(string filePath, int? line, string problem)
        : base($"{filePath}{(line is { } l ? $"({l},1)" : string.Empty)}: error {ToolCodes.BaselineError}: {problem}")
    {
        FilePath = filePath;
        Line = line;
    }

    /// <summary>The baseline file as given on the command line.</summary>
    public string FilePath { get; }

    /// <summary>1-based line of the problem, or null when it concerns the whole file.</summary>
    public int? Line { get; }
}
