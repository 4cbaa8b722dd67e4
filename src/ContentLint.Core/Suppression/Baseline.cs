using System.Text;
using ContentLint.Core.Config;
using ContentLint.Core.Model;

namespace ContentLint.Core.Suppression;

/// <summary>
/// A baseline file: findings recorded by <c>contentlint baseline</c> that <c>scan --baseline</c> ignores. One entry a
/// line, <c>RULE&lt;TAB&gt;path&lt;TAB&gt;fingerprint</c>, sorted, with <c>#</c> comment lines, so that two branches
/// that each record findings merge without conflicts unless they touch the same entry.
/// </summary>
public sealed class Baseline
{
    private const string Header = """
        # ContentLint baseline: findings recorded by 'contentlint baseline' that 'contentlint scan --baseline FILE' ignores.
        # One line per finding: RULE<TAB>path<TAB>fingerprint, sorted. No line numbers and no matched text: the fingerprint
        # is a keyed hash of rule, path, matched text and occurrence. Remove a line to report that finding again;
        # regenerate the file rather than editing fingerprints.
        """;

    private Baseline(IReadOnlyList<(BaselineEntry Entry, int Line)> entries) => Entries = entries;

    /// <summary>Entries with their 1-based line in the file (for stale-entry notes).</summary>
    public IReadOnlyList<(BaselineEntry Entry, int Line)> Entries { get; }

    /// <summary>The baseline of <paramref name="diagnostics"/> (findings with a fingerprint; each entry once).</summary>
    public static string Write(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .Select(BaselineEntry.For)
            .OfType<BaselineEntry>()
            .Select(e => $"{e.RuleId}\t{BaselinePathText.Escape(e.Path)}\t{e.Fingerprint}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var text = new StringBuilder(Header.ReplaceLineEndings("\n")).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The largest baseline file read (64 MiB, about 700,000 entries). The cap keeps <c>--baseline /dev/zero</c> or a
    /// hostile file from exhausting memory.
    /// </summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Reads the baseline file at <paramref name="path"/> (named as given in errors): a regular file of at most
    /// <see cref="MaxFileBytes"/>, never a pipe or device.
    /// </summary>
    /// <exception cref="BaselineFormatException">The file is missing, unreadable, too large or malformed.</exception>
    public static Baseline Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath) && !Directory.Exists(fullPath))
        {
            throw new BaselineFormatException(path, null, "baseline file not found (create it with 'contentlint baseline -o FILE')");
        }

        var text = BoundedFileReader.TryRead(fullPath, MaxFileBytes, out var problem)
            ?? throw new BaselineFormatException(path, null, $"cannot read the baseline file ({problem})");
        return Parse(text, path);
    }

    /// <summary>Reads a baseline file's text; <paramref name="filePath"/> names it in errors.</summary>
    /// <exception cref="BaselineFormatException">A line is not a valid entry; the message names the line, never its text.</exception>
    public static Baseline Parse(string text, string filePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<(BaselineEntry, int)>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                throw new BaselineFormatException(filePath, i + 1, $"expected RULE<TAB>path<TAB>fingerprint, found {fields.Length} tab-separated field{(fields.Length == 1 ? string.Empty : "s")}");
            }

            if (!IsRuleId(fields[0]))
            {
                throw new BaselineFormatException(filePath, i + 1, "the first field is not a rule ID such as PHI004");
            }

            if (BaselinePathText.Unescape(fields[1]) is not { Length: > 0 } path)
            {
                throw new BaselineFormatException(filePath, i + 1, "the path is empty or has a malformed %XX escape");
            }

            if (fields[2].Length == 0 || fields[2].Any(char.IsWhiteSpace))
            {
                throw new BaselineFormatException(filePath, i + 1, "the fingerprint is empty or contains spaces");
            }

            entries.Add((new BaselineEntry(fields[0], path, fields[2]), i + 1));
        }

        return new Baseline(entries);
    }

    private static bool IsRuleId(string text)
    {
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetterUpper(text[letters]))
        {
            letters++;
        }

        return letters > 0 && letters < text.Length && !text.AsSpan(letters).ContainsAnyExceptInRange('0', '9');
    }
}
