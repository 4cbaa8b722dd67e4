using System.Globalization;

namespace ContentLint.Cli.Commands;

/// <summary>The <c>FILE[:LINE]</c> argument of <c>contentlint why</c>.</summary>
/// <param name="Path">The file as given (relative to the current folder or absolute).</param>
/// <param name="Line">The 1-based line to explain, or null for every finding of the file.</param>
internal sealed record WhyTarget(string Path, int? Line)
{
    /// <summary>
    /// Splits off a trailing <c>:LINE</c>. A file whose own name ends in a colon and digits is taken whole when it
    /// exists and the shorter name does not; a <c>:</c> followed by anything but a positive number is a usage error,
    /// except in a path that exists as given (a Windows drive letter, a colon in a file name).
    /// </summary>
    public static WhyTarget Parse(string argument, Func<string, bool> exists)
    {
        var colon = argument.LastIndexOf(':');
        if (colon <= 0 || exists(argument))
        {
            return new WhyTarget(argument, null);
        }

        var path = argument[..colon];
        var line = argument[(colon + 1)..];
        if (line.Length > 0 && line.All(char.IsAsciiDigit))
        {
            return int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
                ? new WhyTarget(path, number)
                : throw new UsageException($"'{line}' is not a line number (lines start at 1)");
        }

        // "C:\page.md" or "notes:draft.md" that does not exist: the colon is part of the path, which is then missing.
        return line.Contains('/', StringComparison.Ordinal) || line.Contains('\\', StringComparison.Ordinal) || line.Contains('.', StringComparison.Ordinal)
            ? new WhyTarget(argument, null)
            : throw new UsageException($"'{line}' is not a line number (FILE:LINE, e.g. content/story.md:12)");
    }
}
