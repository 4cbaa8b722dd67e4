using ContentLint.Core.Model;

namespace ContentLint.Core.Reporting;

/// <summary>
/// History scans report old file versions: line-oriented formats name the commit in the message, since the
/// canonical line has no field for it (JSON and SARIF carry it as a property).
/// </summary>
internal static class CommitNote
{
    private const int ShortLength = 12;

    public static string Append(Diagnostic diagnostic) =>
        diagnostic.Commit is { } commit ? $"{diagnostic.Message} (in commit {commit[..Math.Min(ShortLength, commit.Length)]})" : diagnostic.Message;
}
