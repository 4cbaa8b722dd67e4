namespace ContentLint.Core.Model;

/// <summary>One file's text as handed to the scanner.</summary>
/// <param name="Path">Path relative to the repository root, with <c>/</c> separators.</param>
/// <param name="Text">Decoded text without a byte-order mark; offsets in the model index into it.</param>
/// <param name="Origin">Where the text came from (working tree, index, a commit).</param>
public sealed record SourceFile(string Path, string Text, string Origin = SourceFile.WorkingTree)
{
    // Records print every property by default; the text may be PHI, so only its length is shown.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Path = {Path}, Origin = {Origin}, Length = {Text.Length}");
        return true;
    }

    /// <summary>The origin of files read from the working tree.</summary>
    public const string WorkingTree = "working-tree";

    /// <summary>True when the file had a UTF-8 byte-order mark (stripped from <see cref="Text"/>).</summary>
    public bool HadByteOrderMark { get; init; }
}
