using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing;

/// <summary>Reads a code file (scripts and components) into its string values and records.</summary>
internal static class CodeReader
{
    public static IReadOnlyList<DataRecord> Read(string text, FileFormat format, List<Segment> segments, List<ParseProblem> problems)
    {
        _ = (text, format, segments, problems);
        return [];
    }
}
