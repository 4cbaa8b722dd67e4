namespace ContentLint.Core.Images;

/// <summary>One metadata value read from an image: its kind, the tag it came from (safe to print) and its text (never printed).</summary>
internal sealed record ImageValue(ImageValueKind Kind, string Tag, string Text)
{
    // Records print every property by default; the value may be PHI.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Kind = {Kind}, Tag = {Tag}, Length = {Text.Length}");
        return true;
    }
}
